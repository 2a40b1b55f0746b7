// The committed fixtures, imported as text the way Vite (and so Vitest) does with `?raw`,
// so tests read them without Node's fs (shared/ type-checks without Node's types too).
declare module '*.excalidraw?raw' {
  const text: string;
  export default text;
}
declare module '*.excalidrawlib?raw' {
  const text: string;
  export default text;
}
