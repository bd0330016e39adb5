import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The W3C Nu HTML checker's jar, shipped inside the vnu-jar package. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of the Nu checker's JSON output. */
interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/**
 * Runs the W3C Nu HTML checker once over many files (one JVM start, about 1.5 to 5 s), errors only.
 * @param files paths on disk.
 * @returns for each file with errors, its messages as `line:column message`.
 * @throws when Java or the checker cannot run, with what it printed.
 */
export async function runNuChecker(files: readonly string[]): Promise<Map<string, string[]>> {
  const output = await runJava(['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files]);
  const byFile = new Map<string, string[]>();
  for (const message of parseMessages(output)) {
    const file = message.url ? path.relative(process.cwd(), fileURLToPath(message.url)) : '(no file)';
    const list = byFile.get(file) ?? [];
    list.push(`${message.lastLine ?? 0}:${message.firstColumn ?? 0} ${message.message}`);
    byFile.set(file, list);
  }
  return byFile;
}

/** The checker's messages, from the JSON it writes to standard error. */
function parseMessages(output: string): NuMessage[] {
  try {
    return (JSON.parse(output) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`The Nu checker did not answer in JSON (is Java 11+ installed?):\n${output}`);
  }
}

/** Runs Java (JAVA_HOME's, else the one on PATH); resolves with standard error whatever the exit code. */
function runJava(args: string[]): Promise<string> {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  return new Promise((resolve, reject) => {
    execFile(java, args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      // Exit code 1 only means the checker found errors; not starting at all is a failure.
      if (error && typeof error.code !== 'number') reject(new Error(`Could not run ${java}: ${error.message}`));
      else resolve(stderr);
    });
  });
}
