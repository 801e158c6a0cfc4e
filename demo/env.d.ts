// Types for the demo: `?raw` text imports and CSS imports, which vite resolves.
declare module '*?raw' {
  const text: string;
  export default text;
}
declare module '*.css';
