/**
 * A stand-in for a trust's endpoint, so stories can post ratings and bookmark changes with no
 * server (in the Storybook dev server, the static build and the story tests alike). Posts to
 * `/mock/endpoint/<status>` are answered with that HTTP status and logged to the console (the
 * browser's devtools show the body); every other request goes to the network as usual.
 *
 * Use it as a story's `beforeEach`: it returns the function that puts `fetch` back, which
 * Storybook calls when the story is left.
 */
export const MOCK_ENDPOINT = '/mock/endpoint';

/**
 * The endpoint the stories show in their code, as a trust's would look; answered 201 here. Its
 * domain is the placeholder the README uses: give your own.
 */
export const EXAMPLE_ENDPOINT = 'https://feedback.example.nhs.uk/ratings';

export function mockEndpoint(): () => void {
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href);
    const match = /^\/mock\/endpoint\/(\d{3})$/.exec(url.pathname);
    const example = url.href === EXAMPLE_ENDPOINT;
    if (!example && (!match || url.origin !== location.origin)) return original(input, init);
    console.info('map-embed story: POST', url.href, init?.body);
    return new Response(JSON.stringify({ ok: true }), {
      status: example ? 201 : Number(match![1]),
      headers: { 'content-type': 'application/json' },
    });
  };
  return () => {
    window.fetch = original;
  };
}
