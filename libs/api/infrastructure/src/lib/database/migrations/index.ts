import { CreateSeedHistory1795370050799 } from './1795370050799-CreateSeedHistory';
import { CreateIdentity1795372513143 } from './1795372513143-CreateIdentity';
import { CreateAuditEntry1795373207995 } from './1795373207995-CreateAuditEntry';
import { CreateInvitationAndOutbox1795373550390 } from './1795373550390-CreateInvitationAndOutbox';
import { CreatePasswordReset1795375333697 } from './1795375333697-CreatePasswordReset';
import { AddTwoFactorAndNotificationPreferences1795378688769 } from './1795378688769-AddTwoFactorAndNotificationPreferences';
import { CreateLearning1795379896495 } from './1795379896495-CreateLearning';
import { AddSelfAssessmentResult1795380390046 } from './1795380390046-AddSelfAssessmentResult';
import { CreateModuleAssignment1795380617128 } from './1795380617128-CreateModuleAssignment';
import { CreateXapiStatement1795380947176 } from './1795380947176-CreateXapiStatement';
import { CreateNotification1795381508262 } from './1795381508262-CreateNotification';
import { AddJournalPrivacyConfirmation1795382139626 } from './1795382139626-AddJournalPrivacyConfirmation';
import { CreateReflectionMoments1795382573156 } from './1795382573156-CreateReflectionMoments';
import { CreateCalendarFeed1795384482898 } from './1795384482898-CreateCalendarFeed';
import { CreateNotificationDigest1795385581576 } from './1795385581576-CreateNotificationDigest';
import { LearningBoard1795388769215 } from './1795388769215-LearningBoard';
import { LinkMomentToBoard1795389186667 } from './1795389186667-LinkMomentToBoard';
import { Reporting1795390299967 } from './1795390299967-Reporting';
import { TeamPulse1795391998201 } from './1795391998201-TeamPulse';
import { PreferredTeam1796537661459 } from './1796537661459-PreferredTeam';
import { NotificationBundlesAndPreferences1796545759498 } from './1796545759498-NotificationBundlesAndPreferences';
import { Search1796545840288 } from './1796545840288-Search';
import { AssignmentReminder1796546056561 } from './1796546056561-AssignmentReminder';
import { OnePracticeThemeList1796561262184 } from './1796561262184-OnePracticeThemeList';
import { SealedTotpSecrets1796565712707 } from './1796565712707-SealedTotpSecrets';
import { ExperimentByWhyQuestion1796572576673 } from './1796572576673-ExperimentByWhyQuestion';
import { TeamPrivacyAllowances1796576314159 } from './1796576314159-TeamPrivacyAllowances';
import { MomentQuestionPrivacy1796580000000 } from './1796580000000-MomentQuestionPrivacy';
import { LearningThatCounts1796583375015 } from './1796583375015-LearningThatCounts';
import { ProfessionalRegistration1796585011013 } from './1796585011013-ProfessionalRegistration';
import { TeamCards1796585567099 } from './1796585567099-TeamCards';
import { OutboxClaims1796592558464 } from './1796592558464-OutboxClaims';
import { SessionCacheNotifications1796593000000 } from './1796593000000-SessionCacheNotifications';
import { ModuleListAndReportNotifications1796600000000 } from './1796600000000-ModuleListAndReportNotifications';
import { Trainings1796602592954 } from './1796602592954-Trainings';
import { IntervisieParticipants1796604762119 } from './1796604762119-IntervisieParticipants';
import { TrainingInvitationsAndReminders1796605732361 } from './1796605732361-TrainingInvitationsAndReminders';
import { TrainingSessionCancellation1796614974839 } from './1796614974839-TrainingSessionCancellation';
import { TrainingEvaluation1796615768312 } from './1796615768312-TrainingEvaluation';
import { TrainingSelfEnrolment1796617067605 } from './1796617067605-TrainingSelfEnrolment';
import { Werkbegeleiding1796617475435 } from './1796617475435-Werkbegeleiding';
import { SelfCheckIn1796623692247 } from './1796623692247-SelfCheckIn';
import { TrainingAndIntervisieFigures1796625171603 } from './1796625171603-TrainingAndIntervisieFigures';
import { EvaluationRequest1796626000000 } from './1796626000000-EvaluationRequest';
import { RegisterLock1796628126560 } from './1796628126560-RegisterLock';
import { SingleSignOn1796635776313 } from './1796635776313-SingleSignOn';
import { PeopleImport1796637803183 } from './1796637803183-PeopleImport';
import { TrainingTemplates1796647750213 } from './1796647750213-TrainingTemplates';
import { TrainerAccounts1796649814438 } from './1796649814438-TrainerAccounts';
import { TrainingPreparationModule1796651339529 } from './1796651339529-TrainingPreparationModule';
import { TrainingApproval1796652720651 } from './1796652720651-TrainingApproval';
import { TrainingFollowUp1796658551339 } from './1796658551339-TrainingFollowUp';
import { WhyAnswerAndVoteForeignKeys1796660723077 } from './1796660723077-WhyAnswerAndVoteForeignKeys';
import { OrganisationTrainingPlans1796661076655 } from './1796661076655-OrganisationTrainingPlans';
import { TrainingFollowUpModule1796663106735 } from './1796663106735-TrainingFollowUpModule';
import { RollingWindowPeople1796670506740 } from './1796670506740-RollingWindowPeople';

/** Every migration, oldest first. `npm run db:migration:generate` rewrites this file. */
export const migrations = [
  CreateSeedHistory1795370050799,
  CreateIdentity1795372513143,
  CreateAuditEntry1795373207995,
  CreateInvitationAndOutbox1795373550390,
  CreatePasswordReset1795375333697,
  AddTwoFactorAndNotificationPreferences1795378688769,
  CreateLearning1795379896495,
  AddSelfAssessmentResult1795380390046,
  CreateModuleAssignment1795380617128,
  CreateXapiStatement1795380947176,
  CreateNotification1795381508262,
  AddJournalPrivacyConfirmation1795382139626,
  CreateReflectionMoments1795382573156,
  CreateCalendarFeed1795384482898,
  CreateNotificationDigest1795385581576,
  LearningBoard1795388769215,
  LinkMomentToBoard1795389186667,
  Reporting1795390299967,
  TeamPulse1795391998201,
  PreferredTeam1796537661459,
  NotificationBundlesAndPreferences1796545759498,
  Search1796545840288,
  AssignmentReminder1796546056561,
  OnePracticeThemeList1796561262184,
  SealedTotpSecrets1796565712707,
  ExperimentByWhyQuestion1796572576673,
  TeamPrivacyAllowances1796576314159,
  MomentQuestionPrivacy1796580000000,
  LearningThatCounts1796583375015,
  ProfessionalRegistration1796585011013,
  TeamCards1796585567099,
  OutboxClaims1796592558464,
  SessionCacheNotifications1796593000000,
  ModuleListAndReportNotifications1796600000000,
  Trainings1796602592954,
  IntervisieParticipants1796604762119,
  TrainingInvitationsAndReminders1796605732361,
  TrainingSessionCancellation1796614974839,
  TrainingEvaluation1796615768312,
  TrainingSelfEnrolment1796617067605,
  Werkbegeleiding1796617475435,
  SelfCheckIn1796623692247,
  TrainingAndIntervisieFigures1796625171603,
  EvaluationRequest1796626000000,
  RegisterLock1796628126560,
  SingleSignOn1796635776313,
  PeopleImport1796637803183,
  TrainingTemplates1796647750213,
  TrainerAccounts1796649814438,
  TrainingPreparationModule1796651339529,
  TrainingApproval1796652720651,
  TrainingFollowUp1796658551339,
  WhyAnswerAndVoteForeignKeys1796660723077,
  OrganisationTrainingPlans1796661076655,
  TrainingFollowUpModule1796663106735,
  RollingWindowPeople1796670506740,
];
