import { defineTexts } from '@leerruimte/web-shared-i18n';

export const startTexts = defineTexts(
  {
    title: 'Ruimte om te leren, midden in het werk',
    intro:
      'Leerruimte helpt wijkteams om te leren van hun eigen praktijk. Korte leermodules, waarom-vragen over je eigen handelen, kleine experimenten en vaste reflectiemomenten maken leren een gewoon onderdeel van het werk, ook als de agenda vol zit.',
    login: 'Inloggen',
    cards: 'Denk- en doekaartjes bekijken',
    pillarsHeading: 'Wat je hier doet',
    pillars: {
      learn: {
        title: 'Leren',
        text: 'Volg korte modules over leren op de werkplek en ga verder waar je gebleven was.',
      },
      ask: {
        title: 'Waarom vragen',
        text: 'Leg vragen over je eigen aanpak vast en bespreek ze samen in het teamoverleg.',
      },
      experiment: {
        title: 'Experimenteren',
        text: 'Probeer bewust iets anders, kijk wat het oplevert en bewaar wat je leert.',
      },
      reflect: {
        title: 'Reflecteren',
        text: 'Beantwoord op een vast moment een korte vraag. Je antwoord is van jou, tenzij je het deelt.',
      },
      develop: {
        title: 'Ontwikkeling zien',
        text: 'Organisaties zien hoe hun teams zich ontwikkelen, zonder in te zoomen op personen.',
      },
    },
  },
  {
    title: 'Room to learn, in the middle of the work',
    intro:
      'Leerruimte helps neighbourhood teams learn from their own practice. Short learning modules, why-questions about your own actions, small experiments and regular reflection moments make learning a normal part of the work, even when the diary is full.',
    login: 'Log in',
    cards: 'Browse the think-and-do cards',
    pillarsHeading: 'What you do here',
    pillars: {
      learn: {
        title: 'Learn',
        text: 'Follow short modules about learning on the job and pick up where you left off.',
      },
      ask: {
        title: 'Ask why',
        text: 'Record questions about your own approach and discuss them together in the team meeting.',
      },
      experiment: {
        title: 'Experiment',
        text: 'Deliberately try something else, see what it brings and keep what you learn.',
      },
      reflect: {
        title: 'Reflect',
        text: 'Answer a short question at a set moment. Your answer is yours unless you share it.',
      },
      develop: {
        title: 'See the development',
        text: 'Organisations see how their teams develop, without zooming in on individuals.',
      },
    },
  },
);
