// The committed fixture sessions, imported as text the way Vite (and so Vitest) does with `?raw`.
declare module '*.session.json?raw' {
  const text: string;
  export default text;
}
