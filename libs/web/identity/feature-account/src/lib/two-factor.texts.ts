import { defineTexts, plural } from '@leerruimte/web-shared-i18n';

export const twoFactorTexts = defineTexts(
  {
    title: 'Tweestapsverificatie',
    offIntro:
      'Met tweestapsverificatie vraagt Leerruimte bij het inloggen, naast je wachtwoord, een code uit een authenticator-app op je telefoon (zoals Microsoft Authenticator, Google Authenticator of FreeOTP).',
    requiredNotice:
      'Je bent beheerder. Zet tweestapsverificatie aan om je beheerwerk te kunnen doen.',
    currentPassword: 'Huidig wachtwoord',
    start: 'Instellen',
    scanStep: '1. Scan deze QR-code met je authenticator-app.',
    qrAlt: 'QR-code om Leerruimte aan je authenticator-app toe te voegen',
    manualKey: 'Kun je niet scannen? Voer deze sleutel handmatig in:',
    codeStep: '2. Vul de code van zes cijfers in die de app nu toont.',
    code: 'Code uit de app',
    enable: 'Aanzetten',
    cancel: 'Annuleren',
    codesIntro:
      'Tweestapsverificatie staat aan. Bewaar deze herstelcodes op een veilige plek: met elke code kun je één keer inloggen als je je telefoon kwijt bent. Je ziet ze maar één keer.',
    downloadCodes: 'Codes downloaden',
    codesSaved: 'Ik heb de codes bewaard',
    on: (left: number) =>
      `Tweestapsverificatie staat aan. Je hebt nog ${plural('nl', left, { one: '# ongebruikte herstelcode', other: '# ongebruikte herstelcodes' })}.`,
    manageIntro: 'Bevestig met je wachtwoord en een code uit de app (of een herstelcode).',
    twoFactorCode: 'Code uit de app of herstelcode',
    renew: 'Nieuwe herstelcodes maken',
    disable: 'Uitzetten',
    confirmDisable: 'Weet je zeker dat je tweestapsverificatie wilt uitzetten?',
    disabled: 'Tweestapsverificatie staat uit.',
    codesFile: 'Herstelcodes voor Leerruimte. Elke code werkt één keer.',
  },
  {
    title: 'Two-factor authentication',
    offIntro:
      'With two-factor authentication Leerruimte asks, besides your password, for a code from an authenticator app on your phone (such as Microsoft Authenticator, Google Authenticator or FreeOTP).',
    requiredNotice: 'You are an admin. Turn on two-factor authentication to do your admin work.',
    currentPassword: 'Current password',
    start: 'Set up',
    scanStep: '1. Scan this QR code with your authenticator app.',
    qrAlt: 'QR code to add Leerruimte to your authenticator app',
    manualKey: 'Cannot scan? Enter this key by hand:',
    codeStep: '2. Enter the six-digit code the app shows now.',
    code: 'Code from the app',
    enable: 'Turn on',
    cancel: 'Cancel',
    codesIntro:
      'Two-factor authentication is on. Keep these recovery codes somewhere safe: each one logs you in once if you lose your phone. You see them only this once.',
    downloadCodes: 'Download codes',
    codesSaved: 'I have saved the codes',
    on: (left: number) =>
      `Two-factor authentication is on. You have ${plural('en', left, { one: '# unused recovery code', other: '# unused recovery codes' })} left.`,
    manageIntro: 'Confirm with your password and a code from the app (or a recovery code).',
    twoFactorCode: 'Code from the app or recovery code',
    renew: 'Make new recovery codes',
    disable: 'Turn off',
    confirmDisable: 'Are you sure you want to turn off two-factor authentication?',
    disabled: 'Two-factor authentication is off.',
    codesFile: 'Recovery codes for Leerruimte. Each code works once.',
  },
);
