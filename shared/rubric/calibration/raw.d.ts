// The calibration judgements, imported as text the way Vite (and so Vitest) does with `?raw`.
declare module '*/judgements.json?raw' {
  const text: string;
  export default text;
}
