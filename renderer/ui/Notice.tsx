import type { ReactNode } from 'react';

/** A boxed message: 'error' for something that failed, 'warning' for something to fix. */
export function Notice({
  tone,
  title,
  children,
  onDismiss,
}: {
  tone: 'error' | 'warning';
  title: string;
  children?: ReactNode;
  onDismiss?: () => void;
}) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <strong className="notice-title">{title}</strong>
      {children && <div className="notice-body">{children}</div>}
      {onDismiss && (
        <button type="button" className="notice-dismiss" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
