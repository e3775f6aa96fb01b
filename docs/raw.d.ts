// Vite's `?raw` imports: a file's text, as the intranet story reads examples/intranet.html.
declare module '*.html?raw' {
  const text: string;
  export default text;
}

// The guides in docs/*.md, shown in Storybook by docs/guide-*.mdx.
declare module '*.md?raw' {
  const text: string;
  export default text;
}
