// The widget's own words come as data (STYLE 31): one file per language, made by the server from
// Chatflows.Core/Text/Languages/{language}.json and fetched by the loader for the visitor's language only,
// English already filled in for any key a language lacks. Bot texts come from the chatflow itself.

/** A lookup over one language's texts, with {name} placeholders; an unknown key shows as itself. */
export function translator(texts) {
  return (key, values = {}) => String(texts[key] ?? key).replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ''));
}
