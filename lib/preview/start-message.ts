/**
 * What `npm start` prints once the preview listens: the address it really serves, which is
 * not the port asked for when that one was taken (Eleventy's server then tries the next).
 * @example startMessage('http://localhost:8504/', '8503') // 'Port 8503 is in use ... http://localhost:8504/ ...'
 */
export function startMessage(url: string, asked: string): string {
  const port = new URL(url).port;
  const moved = port === asked ? '' : `Port ${asked} is in use (is another npm start running?), so the preview uses port ${port} instead. To choose the port, stop the other one or run npm start -- --port=8090.\n`;
  return `${moved}The report is at ${url} and updates when you save a file. Press Ctrl+C to stop.`;
}
