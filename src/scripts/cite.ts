/** The "cite" buttons: fill the citation dialog for the clause and open it. */
import { clauseCitation, type DocumentCitation } from '../pipeline/cite/citation.ts';

export function installCiteDialog(): void {
  const dialog = document.getElementById('cite-dialog') as HTMLDialogElement | null;
  const data = document.getElementById('document-citation');
  if (!dialog || !data) return;
  const documentCitation = JSON.parse(data.textContent ?? '{}') as DocumentCitation;
  const status = dialog.querySelector<HTMLElement>('.cite-dialog__status')!;
  const english = () => document.documentElement.dataset.read === 'en';
  // The buttons need this script; without it only the permalinks show.
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-cite]')) button.hidden = false;

  document.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-cite]');
    if (!button) return;
    const id = button.dataset.cite!;
    const clause = document.getElementById(id);
    const path = (clause?.dataset.path ?? '').split(' › ').filter(Boolean);
    const url = new URL(`#${id}`, window.location.href.split('#')[0]!.split('?')[0]).href;
    const citation = clauseCitation(path, documentCitation, url);
    dialog.querySelector<HTMLTextAreaElement>('#cite-vi')!.value = citation.vi;
    dialog.querySelector<HTMLTextAreaElement>('#cite-en')!.value = citation.en;
    status.textContent = '';
    dialog.showModal();
    dialog.querySelector<HTMLTextAreaElement>(english() ? '#cite-en' : '#cite-vi')!.focus();
  });

  dialog.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy-citation]');
    if (!button) return;
    const field = dialog.querySelector<HTMLTextAreaElement>(`#${button.dataset.copyCitation}`)!;
    const copied = () => (status.textContent = english() ? 'Citation copied.' : 'Đã sao chép trích dẫn.');
    const byHand = () => {
      field.focus();
      field.select();
      status.textContent = english() ? 'Selected: press Ctrl+C (⌘C) to copy.' : 'Đã chọn: nhấn Ctrl+C (⌘C) để sao chép.';
    };
    if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(copied, byHand);
    else byHand();
  });
}
