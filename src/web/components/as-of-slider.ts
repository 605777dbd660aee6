import { h } from '../dom.js';

const DAY = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * An "as of" date slider from `from` to `to`, one step a day (PageUp/PageDown move a month), with a
 * replay button that plays the dates through. `onChange` gets each date the reader settles on.
 *
 * @example asOfSlider({ from: '2020-08-13', to: '2025-12-01', value: '2025-12-01', marks: ['2020-09-15'], onChange })
 */
export function asOfSlider(o: { from: string; to: string; value: string; marks: readonly string[]; onChange(date: string): void }): HTMLElement {
  const min = toDay(o.from);
  const max = Math.max(min, toDay(o.to));
  const input = h('input', {
    type: 'range', id: 'as-of', min, max, step: 1, value: Math.min(max, Math.max(min, toDay(o.value))), list: 'as-of-marks',
    'aria-label': 'Membership as of date',
  });
  const output = h('output', { for: 'as-of', class: 'as-of-value', 'aria-live': 'polite' }, toIso(Number(input.value)));
  const marks = h('datalist', { id: 'as-of-marks' }, o.marks.map((m) => h('option', { value: toDay(m) })));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (now = false) => {
    const date = toIso(Number(input.value));
    input.setAttribute('aria-valuetext', date);
    output.textContent = date;
    clearTimeout(timer);
    // Dragging fires many events: ask the server only once the thumb rests a moment.
    timer = setTimeout(() => o.onChange(date), now ? 0 : 120);
  };
  input.addEventListener('input', () => changed());
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    input.value = String(Number(input.value) + (e.key === 'PageUp' ? 30 : -30));
    changed();
  });
  let playing: ReturnType<typeof setInterval> | undefined;
  const play = h('button', { type: 'button', class: 'play' }, '▶ Replay');
  play.addEventListener('click', () => {
    if (playing) return stop();
    const stops = [...new Set([min, ...o.marks.map(toDay).filter((d) => d >= min && d <= max), max])].sort((a, b) => a - b);
    let i = 0;
    play.textContent = '■ Stop';
    playing = setInterval(() => {
      input.value = String(stops[i]);
      changed(true);
      if (++i >= stops.length) stop();
    }, 900);
  });
  function stop(): void {
    clearInterval(playing);
    playing = undefined;
    play.textContent = '▶ Replay';
  }
  return h('div', { class: 'as-of' },
    h('label', { for: 'as-of' }, 'As of'), output, input, marks, play,
    h('span', { class: 'range muted small' }, `${o.from} – ${toIso(max)}`));
}
