import type { NoteBody } from './item';

/** The body as one line, for reading back: "Chose …; gave up …; because …". */
export function describeItem(body: NoteBody): string {
  switch (body.list) {
    case 'non-functional':
      return body.quality ? `${body.text} (${body.quality})` : body.text;
    case 'operation':
      return [body.signature, body.purpose].filter(Boolean).join(' — ') + (body.main ? ' (main path)' : '');
    case 'entity':
      return [body.name, body.fields && `(${body.fields})`, body.store && `in a ${body.store}`, body.why && `— ${body.why}`].filter(Boolean).join(' ');
    case 'deep-dive':
      return [body.component, body.decision].filter(Boolean).join(': ');
    case 'bottleneck':
      return `At ${body.scale}: ${body.what}${body.remedy ? `; remedy: ${body.remedy}` : '; no remedy yet'}`;
    case 'tradeoff':
      return `Chose ${body.chose || '…'}; gave up ${body.gaveUp || '…'}; because ${body.because || '…'}`;
    default:
      return body.text;
  }
}
