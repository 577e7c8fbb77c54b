// npm run demo:code: the current two-factor codes of the demo admins, as their app would show.
import { readFileSync } from 'node:fs';
import { Secret, TOTP } from 'otpauth';

const demo = JSON.parse(readFileSync('libs/api/identity/src/lib/demo/demo-accounts.json', 'utf8'));
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`\n  Tweestapsverificatie-codes (nog ${secondsLeft} s geldig):`);
for (const person of demo.people.filter((candidate) => candidate.twoFactorSecret)) {
  const code = new TOTP({ secret: Secret.fromBase32(person.twoFactorSecret) }).generate();
  console.log(`    ${person.email}  ${code}   (sleutel voor je app: ${person.twoFactorSecret})`);
}
console.log('');
