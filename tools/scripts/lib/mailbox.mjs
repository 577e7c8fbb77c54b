// The demo's mailbox: an SMTP server that keeps every message in memory and a web page to read
// them, so `npm start` and the e2e tests send mail the way production does (through SMTP, by
// the worker) and a person reads it as its recipient would. Nobody else ever sees its links:
// the platform's outbox shows only whether a message went out.
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const KEEP = 500;

const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** The text with its addresses made clickable, everything else escaped. */
function linkedText(text) {
  return escapeHtml(text).replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`);
}

function page(messages, recipient) {
  const items = messages
    .map(
      (message) => `<article class="mail">
  <h2>${escapeHtml(message.subject)}</h2>
  <p class="meta">Aan <strong>${escapeHtml(message.to)}</strong> · ${new Date(message.receivedAt).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' })}</p>
  <pre>${linkedText(message.text)}</pre>
</article>`,
    )
    .join('\n');
  const title = recipient ? `Post voor ${escapeHtml(recipient)}` : 'Alle post';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demo-postvak · Leerruimte</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:48rem;padding:1rem;color:#1d1d1f}
.mail{border:1px solid #ccc;border-radius:8px;padding:0 1rem;margin:1rem 0}
.meta{color:#555;margin-top:0} pre{white-space:pre-wrap;word-break:break-word;font:inherit}
a{color:#0b5cad}
</style></head><body>
<h1>Demo-postvak</h1>
<p>De e-mail die Leerruimte verstuurt, zoals de ontvanger hem krijgt. ${title}: ${messages.length} bericht(en). Alleen in de demo; niets gaat naar buiten.</p>
${items || '<p>Nog geen post.</p>'}
</body></html>`;
}

/**
 * Starts the mailbox: SMTP on a free port, the page on `httpPort` (`/`, `/?aan=<adres>`) and
 * the same messages as JSON at `/api/messages?to=<address>`, newest first.
 */
export async function startMailbox({ httpPort, host = '127.0.0.1' }) {
  const messages = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    banner: 'Leerruimte demo mailbox',
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          const to = [mail.to ?? []]
            .flat()
            .flatMap((address) => address.value.map((entry) => entry.address))
            .join(', ');
          messages.unshift({
            to,
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            receivedAt: new Date().toISOString(),
          });
          messages.length = Math.min(messages.length, KEEP);
          done();
        })
        .catch(done);
    },
  });
  await new Promise((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(0, host, resolve);
  });
  const smtpPort = smtp.server.address().port;

  const web = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://mailbox');
    const recipient = url.searchParams.get('to') ?? url.searchParams.get('aan') ?? '';
    const selected = recipient
      ? messages.filter((message) => message.to.split(', ').includes(recipient))
      : messages;
    if (url.pathname === '/api/messages') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(selected));
    } else if (url.pathname === '/') {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      });
      response.end(page(selected, recipient));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve, reject) => {
    web.once('error', reject);
    web.listen(httpPort, host, resolve);
  });

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    url: `http://localhost:${httpPort}`,
    stop: () =>
      Promise.all([
        new Promise((resolve) => smtp.close(resolve)),
        new Promise((resolve) => web.close(resolve)),
      ]),
  };
}
