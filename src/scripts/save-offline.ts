/**
 * The "Save for offline reading" control (SaveOffline.astro): asks the active service worker what
 * saving would download for the chosen languages, shows it, and on request has the worker download
 * it, showing the progress and the outcome. The worker does the downloading, so it goes on when the
 * reader moves to another page; the edition's files and the worker are of one build.
 */
import type { EditionReply, EditionRequest, SaveChoice } from '../service-worker/edition.ts';
import { UI, type UiKey } from '../i18n/ui.ts';

function formatSize(bytes: number, lang: 'vi' | 'en'): string {
  const mb = bytes / 1024 / 1024;
  const text = mb >= 0.95 ? `${mb.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** An interface string in both languages, marked; sizes written each language's way. */
function render(target: HTMLElement, key: UiKey, values: Record<string, number | string>, sizes: Record<string, number> = {}): void {
  target.replaceChildren(
    ...(['vi', 'en'] as const).map((lang) => {
      const span = document.createElement('span');
      span.className = `ui-${lang}`;
      span.lang = lang;
      const all: Record<string, string | number> = { ...values };
      for (const [name, bytes] of Object.entries(sizes)) all[name] = formatSize(bytes, lang);
      span.textContent = UI[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(all[name] ?? whole));
      return span;
    }),
  );
}

function ask(worker: ServiceWorker, request: EditionRequest, onReply: (reply: EditionReply) => boolean | void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<EditionReply>) => {
    if (onReply(event.data) === true) channel.port1.close();
  };
  worker.postMessage(request, [channel.port2]);
}

export function installSaveOffline(): void {
  const section = document.querySelector<HTMLElement>('[data-save-offline]');
  if (!section || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const plan = section.querySelector<HTMLElement>('[data-save-plan]')!;
  const start = section.querySelector<HTMLButtonElement>('[data-save-start]')!;
  const bar = section.querySelector<HTMLProgressElement>('[data-save-progress]')!;
  const status = section.querySelector<HTMLElement>('[data-save-status]')!;
  const radios = [...section.querySelectorAll<HTMLInputElement>('input[name="save-choice"]')];
  const read = document.documentElement.dataset.read;
  const initial: SaveChoice = read === 'en' || read === 'both' ? read : 'vi';
  for (const radio of radios) radio.checked = radio.value === initial;
  const choice = () => (radios.find((r) => r.checked)?.value ?? 'vi') as SaveChoice;

  void navigator.serviceWorker.ready.then((registration) => {
    const worker = registration.active;
    if (!worker) return;
    section.hidden = false;
    const showPlan = () =>
      ask(worker, { type: 'edition-plan', choice: choice() }, (reply) => {
        if (reply.type !== 'plan') return true;
        if (reply.missingFiles === 0) render(plan, 'savePlanDone', {}, { size: reply.bytes });
        else render(plan, 'savePlan', { files: reply.missingFiles }, { size: reply.missingBytes });
        return true;
      });
    for (const radio of radios) radio.addEventListener('change', showPlan);
    showPlan();
    start.addEventListener('click', () => {
      start.disabled = true;
      bar.hidden = false;
      bar.value = 0;
      status.textContent = '';
      ask(worker, { type: 'edition-save', choice: choice() }, (reply) => {
        if (reply.type === 'progress') {
          bar.value = reply.bytes === 0 ? 100 : Math.round((reply.doneBytes / reply.bytes) * 100);
          // The live region speaks the outcome; progress is in the bar (and its text, not announced on every file).
          render(plan, 'saveProgress', { files: reply.files - reply.doneFiles }, { done: reply.doneBytes, size: reply.bytes });
          return false;
        }
        start.disabled = false;
        if (reply.type === 'complete') {
          bar.value = 100;
          render(status, 'saveComplete', { files: reply.files }, { size: reply.bytes });
          showPlan();
        } else if (reply.type === 'failed') {
          const key = reply.reason === 'newer-edition' ? 'saveOffline_newer' : reply.reason === 'storage' ? 'saveOffline_storage' : 'saveOffline_offline';
          render(status, key, {});
        }
        return true;
      });
    });
  });
}
