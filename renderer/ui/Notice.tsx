import type { ReactNode } from 'react';

/**
 * A boxed message: 'error' for something that failed, 'warning' for something to fix,
 * 'info' for an offer (resume a session). `actions` are buttons laid out under the text.
 */
export function Notice({
  tone,
  title,
  children,
  actions,
  onDismiss,
}: {
  tone: 'error' | 'warning' | 'info';
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  onDismiss?: () => void;
}) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <strong className="notice-title">{title}</strong>
      {children && <div className="notice-body">{children}</div>}
      {actions && <div className="notice-actions">{actions}</div>}
      {onDismiss && (
        <button type="button" className="notice-dismiss" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
