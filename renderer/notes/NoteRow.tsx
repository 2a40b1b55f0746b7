import { useId } from 'react';
import type { NoteBody, NoteItem } from '../../shared/notes/item';
import { MAX_LINE } from '../../shared/notes/item';
import { usePasteLimit } from '../ui/usePasteLimit';
import { fieldValue, textFields, withField, type FieldSpec, type ListSpec } from './lists';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One item of a list: its fields and its move and delete buttons. Lists with one text field
 * show it bare (its label is for screen readers); the others label each field in view.
 */
export function NoteRow({
  spec,
  item,
  position,
  count,
  onChange,
  onCommit,
  onMove,
  onRemove,
  answers,
}: {
  spec: ListSpec;
  item: NoteItem;
  position: number;
  count: number;
  onChange(body: NoteBody, now: boolean): void;
  onCommit(): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  /** Paired mode: what the partner answered to this question. */
  answers?: readonly string[];
}) {
  const id = useId();
  const name = `${spec.itemName} ${position + 1}`;
  const labelled = textFields(spec).length > 1;
  const paste = usePasteLimit(MAX_LINE, 'a note field');

  const control = (field: FieldSpec, index: number) => {
    const controlId = `${id}-${index}`;
    const value = fieldValue(item.body, field.key);
    const Name = capitalise(name);
    // A field's label is in view where the item has several; its name always says which item it is in.
    const label =
      labelled || field.kind === 'toggle' ? (
        <label htmlFor={controlId} className="note-label">
          <span className="visually-hidden">{Name}, </span>
          {field.label}
        </label>
      ) : (
        <label htmlFor={controlId} className="visually-hidden">
          {field.kind === 'text' ? Name : `${Name}, ${field.label.toLowerCase()}`}
        </label>
      );
    switch (field.kind) {
      case 'text':
        return (
          <div className="note-field" key={field.key}>
            {label}
            <textarea
              id={controlId}
              className={`note-input${field.code ? ' note-input-code' : ''}`}
              data-field={index}
              rows={1}
              maxLength={MAX_LINE}
              spellCheck={!field.code}
              value={String(value ?? '')}
              placeholder={field.placeholder}
              // One line per field: a pasted line break becomes a space.
              onChange={(e) => onChange(withField(item.body, field.key, e.target.value.replace(/\s*[\r\n]+\s*/g, ' ')), false)}
              onPaste={paste.onPaste(field.key)}
              onBlur={onCommit}
            />
            {paste.notice(field.key)}
          </div>
        );
      case 'select':
        return (
          <div className="note-field note-field-select" key={field.key}>
            {label}
            <select
              id={controlId}
              className={`note-select${value === null ? ' note-select-none' : ''}`}
              data-field={index}
              value={value === null ? '' : String(value)}
              onChange={(e) => onChange(withField(item.body, field.key, e.target.value === '' ? null : e.target.value), true)}
            >
              {field.none !== undefined && <option value="">{field.none}</option>}
              {field.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        );
      case 'toggle':
        return (
          <div className="note-field note-field-toggle" key={field.key}>
            <input
              id={controlId}
              type="checkbox"
              className="note-toggle"
              data-field={index}
              checked={value === true}
              onChange={(e) => onChange(withField(item.body, field.key, e.target.checked), true)}
            />
            {label}
          </div>
        );
    }
  };

  return (
    <li className={`note-item${labelled ? ' note-item-labelled' : ''}`} data-item={item.id}>
      <div className="note-fields">
        {spec.fields.map(control)}
        {answers?.map((answer, i) => (
          <p key={i} className="note-answer">
            <span className="note-answer-label">Partner:</span> {answer}
          </p>
        ))}
      </div>
      <div className="note-actions">
        <button type="button" className="note-action" data-action="up" aria-label={`Move ${name} up`} title="Move up (Alt+↑)" disabled={position === 0} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button
          type="button"
          className="note-action"
          data-action="down"
          aria-label={`Move ${name} down`}
          title="Move down (Alt+↓)"
          disabled={position === count - 1}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button type="button" className="note-action note-action-delete" aria-label={`Delete ${name}`} title="Delete" onClick={onRemove}>
          ×
        </button>
      </div>
    </li>
  );
}
