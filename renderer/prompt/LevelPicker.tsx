import { LEVEL_EXPECTS, LEVEL_LABEL, TargetLevel } from '../../shared/session/level';

/** The level the record is judged against; the rubric's bands differ for each. */
export function LevelPicker({ value, onChange }: { value: TargetLevel; onChange: (level: TargetLevel) => void }) {
  return (
    <fieldset className="segmented level-picker">
      <legend>Target level</legend>
      {TargetLevel.options.map((level) => (
        <label key={level}>
          <input type="radio" name="level" value={level} checked={value === level} onChange={() => onChange(level)} />
          <span>{LEVEL_LABEL[level]}</span>
        </label>
      ))}
      <p className="muted level-expects">{LEVEL_EXPECTS[value]}</p>
    </fieldset>
  );
}
