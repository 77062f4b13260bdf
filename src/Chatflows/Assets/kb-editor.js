// Knowledge-base admin forms: the address (slug) follows the title until the editor types one, the
// category list shows the chosen knowledge base's categories, and the preview is rendered by the server
// (the same sanitiser visitors get) without leaving the page. Everything also works without this file.
(() => {
  'use strict';

  // The same rules as ArticleSlugs.FromTitle on the server.
  const slugify = (text, max) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, max).replace(/-+$/, '');

  for (const form of document.querySelectorAll('form')) {
    const source = form.querySelector('[data-cf-slug-source]');
    const slug = form.querySelector('[data-cf-slug]');
    if (!source || !slug) continue;
    let follows = !form.hasAttribute('data-cf-slug-edited') && (!slug.value || slug.value === slugify(source.value, slug.maxLength));
    slug.addEventListener('input', () => { follows = slug.value === ''; });
    source.addEventListener('input', () => { if (follows) slug.value = slugify(source.value, slug.maxLength); });
  }

  const form = document.querySelector('[data-cf-article-form]');
  if (!form) return;

  const kb = form.querySelector('[data-cf-kb]');
  const language = form.querySelector('[data-cf-language]');
  const category = form.querySelector('[data-cf-category]');
  const showCategories = () => {
    for (const group of category.querySelectorAll('optgroup')) {
      const mine = group.dataset.kb === kb.value;
      group.hidden = !mine;
      group.disabled = !mine;
      if (!mine && group.contains(category.selectedOptions[0])) category.value = '';
    }
  };
  kb.addEventListener('change', () => {
    const only = kb.selectedOptions[0]?.dataset.language;
    if (only) language.value = only;
    showCategories();
  });
  showCategories();

  const button = form.querySelector('[data-cf-preview]');
  const output = form.querySelector('[data-cf-preview-output]');
  const body = form.querySelector('[data-cf-body]');
  let timer = 0;
  let shown = false;

  async function preview() {
    const data = new FormData();
    data.set('body', body.value);
    data.set('__RequestVerificationToken', form.querySelector('[name="__RequestVerificationToken"]').value);
    const url = new URL(form.getAttribute('action') || location.href, location.href);
    url.searchParams.set('handler', 'Render');
    try {
      const response = await fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } });
      const result = await response.json();
      if (!response.ok) throw new Error(result.errors?.body?.[0] || result.title || 'The preview could not be made.');
      output.innerHTML = result.html; // sanitised by the server's ArticleRenderer, the HTML visitors get
    } catch (error) {
      const message = document.createElement('p');
      message.className = 'cf-field-error';
      message.textContent = error instanceof Error && error.message ? error.message : 'The preview could not be made.';
      output.replaceChildren(message);
    }
  }

  button.addEventListener('click', (event) => {
    event.preventDefault();
    shown = true;
    button.textContent = 'Refresh preview';
    preview();
  });
  body.addEventListener('input', () => {
    if (!shown) return;
    clearTimeout(timer);
    timer = setTimeout(preview, 500);
  });
})();
