import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

/** The app's policy, but the claim page's one form may post to this listener (nothing else may). */
export const PAGE_CSP = CONTENT_SECURITY_POLICY.replace("form-action 'none'", "form-action 'self'");

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 34rem; margin: 4rem auto; padding: 0 1.5rem; color: #1f2328; background: #fff; }
h1 { font-size: 1.5rem; margin-bottom: .5rem; }
label { display: block; margin: 1rem 0 .25rem; font-weight: 600; }
input { font: inherit; font-family: ui-monospace, monospace; padding: .4rem .6rem; width: 12rem; letter-spacing: .1em; }
button { font: inherit; margin-top: 1rem; padding: .45rem 1rem; border-radius: 6px; border: 1px solid #1f6feb; background: #1f6feb; color: #fff; cursor: pointer; }
@media (prefers-color-scheme: dark) { body { color: #e6e6e6; background: #16181d; } }
</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/**
 * What the invite link opens. The code is only spent by pressing the button (a POST), so a chat
 * app or a mail scanner that fetches the link to preview it cannot use the code up.
 */
export function claimPage(code: string): string {
  return page(
    'Join as the partner',
    `<p>Your partner invited you to run their DesignDrill practice interview: you will see the prompt's hidden facts, the clock and the scoring.</p>
<p>Before you join, check that the certificate's SHA-256 fingerprint your browser shows matches the one on your partner's screen.</p>
<form method="post" action="/pair">
<label for="code">Pairing code</label>
<input id="code" name="code" value="${escape(code)}" autocomplete="off" spellcheck="false" maxlength="32" required>
<div><button type="submit">Join the interview</button></div>
</form>`,
  );
}

export function refusedClaimPage(why: 'used' | 'wrong-code' | 'too-many' | 'signed-out'): string {
  const text = {
    used: 'This invite has already been used by another browser, and a code works once. Ask your partner to check who joined, and for a new invite if it was not you.',
    'wrong-code': 'That pairing code is not the one on your partner’s screen. Check it and try again.',
    'too-many': 'Too many tries from your address. Wait a minute, then try again with the code on your partner’s screen.',
    'signed-out': 'This page opens from your partner’s invite link. Ask them for the link and its pairing code.',
  }[why];
  return page('You could not join this interview', `<p>${escape(text)}</p>`);
}
