import type { ReactNode } from 'react';

/** An on/off setting drawn as a switch, with its title and a one-line hint under it. */
export function Switch({ checked, disabled, onChange, title, hint }: { checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void; title: string; hint: ReactNode }) {
  return (
    <label className="switch">
      <input type="checkbox" role="switch" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span className="switch-track" aria-hidden="true" />
      <span className="switch-text">
        <span className="switch-title">{title}</span>
        <span className="switch-hint">{hint}</span>
      </span>
    </label>
  );
}
