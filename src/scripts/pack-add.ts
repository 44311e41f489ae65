/**
 * "Add to course pack" in a clause's tools: a toggle (aria-pressed) that puts the clause in the
 * pack this browser remembers, or takes it out, and says so. The buttons need this script; without
 * it they stay hidden.
 */
import { refKey, storedPack, storePack } from './pack-store.ts';

function say(message: { vi: string; en: string }, n: number): void {
  const status = document.getElementById('site-status');
  const text = document.documentElement.dataset.read === 'en' ? message.en : message.vi;
  if (status) status.textContent = text.replace('{n}', String(n));
}

export function installPackButtons(messages: { added: { vi: string; en: string }; removed: { vi: string; en: string } }): void {
  const slug = document.querySelector<HTMLElement>('[data-slug]')?.dataset.slug;
  if (!slug) return;
  const inPack = new Set(storedPack().map(refKey));
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-pack-add]')) {
    button.hidden = false;
    button.setAttribute('aria-pressed', String(inPack.has(`${slug}:${button.dataset.packAdd}`)));
  }
  document.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-pack-add]');
    if (!button) return;
    const ref = { slug, id: button.dataset.packAdd! };
    const pack = storedPack();
    const at = pack.findIndex((r) => refKey(r) === refKey(ref));
    if (at >= 0) pack.splice(at, 1);
    else pack.push(ref);
    storePack(pack);
    button.setAttribute('aria-pressed', String(at < 0));
    say(at < 0 ? messages.added : messages.removed, pack.length);
  });
}
