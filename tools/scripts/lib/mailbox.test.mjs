// The demo mailbox npm start runs: what the platform sends over SMTP is there to read, as its
// recipient would, and nothing in a message can run in the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTransport } from 'nodemailer';
import { freePort } from './processes.mjs';
import { startMailbox } from './mailbox.mjs';

test('keeps every message sent to it and shows each recipient their own, newest first', async () => {
  const mailbox = await startMailbox({ httpPort: await freePort() });
  const transport = createTransport({ url: mailbox.smtpUrl });
  try {
    for (const [to, subject] of [
      ['noor@voorbeeldstad.test', 'Uitnodiging voor Wijkteam Oost'],
      ['daan@voorbeeldstad.test', 'Nieuw wachtwoord voor Leerruimte'],
      ['noor@voorbeeldstad.test', '<script>alert(1)</script> Reflectievraag'],
    ]) {
      await transport.sendMail({
        from: 'Leerruimte <noreply@leerruimte.test>',
        to,
        subject,
        text: `Hallo,\n\nOpen http://localhost:3000/uitnodiging/abc123 om verder te gaan.`,
        html: '<p>Hallo</p>',
      });
    }

    const noor = await (
      await fetch(`${mailbox.url}/api/messages?to=noor@voorbeeldstad.test`)
    ).json();
    assert.deepEqual(
      noor.map((message) => message.subject),
      ['<script>alert(1)</script> Reflectievraag', 'Uitnodiging voor Wijkteam Oost'],
    );
    assert.match(noor[0].text, /http:\/\/localhost:3000\/uitnodiging\/abc123/);

    const page = await fetch(`${mailbox.url}/?aan=noor@voorbeeldstad.test`);
    const html = await page.text();
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; Reflectievraag'));
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('<a href="http://localhost:3000/uitnodiging/abc123">'));
    assert.ok(!html.includes('Nieuw wachtwoord'), "another recipient's mail is not on the page");
  } finally {
    transport.close();
    await mailbox.stop();
  }
});
