/**
 * The demo page: paste Swedish text, see the analysis. The library (with its tagger and entity
 * models) is loaded with a dynamic import after the page shows, so the page is usable at once
 * and says what it is doing while the models load.
 */
import seed from '../fixtures/seed_akademikern.txt?raw';
import './demo.css';

type Lib = typeof import('swedish-nlp');

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>('input');
const output = $<HTMLElement>('output');
const status = $<HTMLElement>('status');
const form = $<HTMLFormElement>('form');

let lib: Promise<Lib> | null = null;
let firstDone = false;
/** Milliseconds since navigation start of each stage of the first analysis (read by the browser test). */
const timings: Record<string, number> = {};

/** Loads the library and its models once (a separate chunk). */
function loadLibrary(): Promise<Lib> {
  if (!lib) {
    status.textContent = 'Laddar språkmodellerna …';
    status.classList.add('demo-loading');
    timings.importStart = performance.now();
    lib = import('swedish-nlp').then((m) => {
      timings.imported = performance.now();
      return m;
    });
  }
  return lib;
}

/** Analyses the text in the box and shows the result. */
async function run(): Promise<void> {
  output.setAttribute('aria-busy', 'true');
  const m = await loadLibrary();
  if (!document.getElementById('snlp-styles')) {
    const style = document.createElement('style');
    style.id = 'snlp-styles';
    style.textContent = m.htmlStyles();
    document.head.append(style);
  }
  status.textContent = 'Analyserar …';
  const t0 = performance.now();
  const doc = m.analyze(input.value);
  // toHtml escapes every piece of the text, so its output is safe to insert as markup.
  output.innerHTML = m.toHtml(doc, { styles: false });
  const ms = performance.now() - t0;
  output.setAttribute('aria-busy', 'false');
  status.classList.remove('demo-loading');
  const words = doc.tokens.filter((t) => t.kind === 'word').length;
  if (!firstDone) {
    firstDone = true;
    const total = performance.now();
    Object.assign(timings, { analysisStart: t0, rendered: total });
    document.body.dataset.timings = JSON.stringify(timings, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v));
    document.body.dataset.firstAnalysisMs = total.toFixed(0);
    status.textContent = `Klart: ${words} ord analyserade på ${ms.toFixed(0)} ms (första gången ${total.toFixed(0)} ms från sidladdning, modellerna inräknade).`;
  } else {
    status.textContent = `Klart: ${words} ord analyserade på ${ms.toFixed(0)} ms.`;
  }
  document.body.dataset.analyses = String(Number(document.body.dataset.analyses ?? 0) + 1);
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 400);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  void run();
});
$<HTMLButtonElement>('clear').addEventListener('click', () => {
  input.value = '';
  input.focus();
  void run();
});

input.value = seed;
run().catch((err: unknown) => {
  status.textContent = `Fel: ${err instanceof Error ? err.message : String(err)}`;
});
