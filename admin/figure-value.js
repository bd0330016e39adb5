/**
 * The "figure-value" widget for Decap CMS: a figure's value is a number, like 0.92, or a range,
 * like { min: 4, max: 5 }. Decap has no widget for "one or the other", so this one shows a
 * number box, and two (lowest, highest) when "Range" is ticked. It saves exactly what
 * lib/figures/schema.ts accepts, and refuses a negative number or a range that runs backwards.
 * Loaded by admin/index.html after decap-cms.js, which provides CMS, createClass and h.
 */
/* global CMS, createClass, h */
(function () {
  'use strict';

  /** The value as { range, min, max }: Decap passes a range as an Immutable map. */
  function parts(value) {
    if (value && typeof value.get === 'function') return { range: true, min: value.get('min'), max: value.get('max') };
    if (value && typeof value === 'object') return { range: true, min: value.min, max: value.max };
    return { range: false, min: value, max: undefined };
  }

  /** A number box's text as a number, or '' when it is empty or not a number. */
  function toNumber(text) {
    var number = parseFloat(text);
    return isNaN(number) ? '' : number;
  }

  /** Why a value cannot be saved, in plain English, or undefined when it can. */
  function problem(value, least) {
    var p = parts(value);
    var isEmpty = function (n) { return n === '' || n === undefined || n === null; };
    if (!p.range) {
      if (isEmpty(p.min)) return undefined;
      return typeof p.min === 'number' && p.min >= least ? undefined : 'Write a number of ' + least + ' or more, like 0.92.';
    }
    if (isEmpty(p.min) || isEmpty(p.max)) return 'Give both the lowest and the highest value of the range, or untick “Range”.';
    if (p.min < least || p.max < least) return 'Write numbers of ' + least + ' or more.';
    if (p.min > p.max) return 'The range runs backwards: the lowest value must not be more than the highest.';
    return undefined;
  }

  var FigureValueControl = createClass({
    getInitialState: function () {
      return { range: parts(this.props.value).range };
    },

    isValid: function () {
      var message = problem(this.props.value, this.props.field.get('min', 0));
      return message ? { error: { message: message } } : true;
    },

    /** Decap's maps are Immutable; an empty one comes from the field's own settings map. */
    rangeOf: function (min, max) {
      return this.props.field.clear().set('min', min).set('max', max);
    },

    toggleRange: function (event) {
      var p = parts(this.props.value);
      var range = event.target.checked;
      this.setState({ range: range });
      this.props.onChange(range ? this.rangeOf(p.min === undefined ? '' : p.min, p.min === undefined ? '' : p.min) : p.min === undefined ? '' : p.min);
    },

    changeSingle: function (event) {
      this.props.onChange(toNumber(event.target.value));
    },

    changeBound: function (bound) {
      var self = this;
      return function (event) {
        var p = parts(self.props.value);
        p[bound] = toNumber(event.target.value);
        self.props.onChange(self.rangeOf(p.min, p.max));
      };
    },

    numberBox: function (id, value, onChange, label) {
      var props = this.props;
      return h('input', {
        type: 'number',
        id: id,
        className: props.classNameWrapper,
        min: props.field.get('min', 0),
        step: 'any',
        value: value === undefined || value === null ? '' : value,
        onChange: onChange,
        onFocus: props.setActiveStyle,
        onBlur: props.setInactiveStyle,
        'aria-label': label,
      });
    },

    render: function () {
      var id = this.props.forID;
      var p = parts(this.props.value);
      var toggle = h('label', { style: { display: 'block', margin: '0 0 8px' } },
        h('input', { type: 'checkbox', id: id + '-range', checked: this.state.range, onChange: this.toggleRange }),
        ' Range (the source gives a lowest and a highest value)');
      if (!this.state.range) return h('div', null, toggle, this.numberBox(id, p.min, this.changeSingle, undefined));
      return h('div', null, toggle,
        h('label', { htmlFor: id }, 'Lowest'), this.numberBox(id, p.min, this.changeBound('min'), undefined),
        h('label', { htmlFor: id + '-max' }, 'Highest'), this.numberBox(id + '-max', p.max, this.changeBound('max'), undefined));
    },
  });

  function FigureValuePreview(props) {
    var p = parts(props.value);
    return h('span', null, p.range ? p.min + ' to ' + p.max : String(p.min === undefined ? '' : p.min));
  }

  CMS.registerWidget('figure-value', FigureValueControl, FigureValuePreview);
})();
