// `map-embed/render` as a static-site build would call it (docs/pages-without-script.md).
import { render, AttributeError, UsageError, type RenderOptions } from 'map-embed/render';

const options: RenderOptions = {
  src: 'https://example.nhs.uk/maps.json',
  format: 'email',
  attributes: { profession: 'physician-associate', layout: 'full', source: true, limit: 3 },
  lang: 'cy',
  now: new Date('2026-12-05'),
  warn: (message: string) => console.warn(message),
};

export async function build(): Promise<string> {
  try {
    return await render('role-card', options);
  } catch (error) {
    if (error instanceof AttributeError || error instanceof UsageError) return error.message;
    throw error;
  }
}

// @ts-expect-error: a format the command does not have
void render('news-list', { format: 'pdf' });
