import type { Role } from '../../shared/bridge/roles';

/**
 * The page a browser gets when it opens the app without this launch's token: a bookmark, an
 * old tab reloaded after a restart, the address typed without `?token=`. Each launch has its
 * own token, so it says where to find the current address rather than only refusing.
 */
export function refusedPage(role: Role): string {
  const what =
    role === 'interviewer'
      ? `<p>The partner console opens from the link the candidate's window shows. Ask for the link again: a new one is made each time DesignDrill starts.</p>`
      : `<p>DesignDrill makes a new address each time it starts, so an old tab or a bookmark stops working after a restart.</p>
<ol>
<li>Find the terminal where DesignDrill runs (<code>npm run web</code> or <code>npm start</code>).</li>
<li>Open the address on its line <q>DesignDrill is running at http://127.0.0.1:…/?token=…</q>.</li>
<li>If it is not running, start it again and open the address it prints.</li>
</ol>
<p>Anything you typed in a tab that is still open is kept there, and sent once you open the new address in this browser.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Open DesignDrill from its address</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 38rem; margin: 4rem auto; padding: 0 1.5rem; color: #1f2328; background: #fff; }
h1 { font-size: 1.5rem; margin-bottom: .5rem; }
code, q { font-family: ui-monospace, monospace; font-size: .9em; background: #f3f4f6; padding: .1em .3em; border-radius: 4px; quotes: none; }
li { margin: .4rem 0; }
@media (prefers-color-scheme: dark) { body { color: #e6e6e6; background: #16181d; } code, q { background: #2a2e36; } }
</style>
</head>
<body>
<main>
<h1>Open DesignDrill from its address</h1>
<p>This address does not carry the key of the DesignDrill running now, so it cannot open.</p>
${what}
</main>
</body>
</html>
`;
}
