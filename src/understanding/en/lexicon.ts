/**
 * The recognizer's vocabulary: which words (and their common misspellings) stand for which
 * concept, multi-word expressions that collapse into one token, and the function words the rules
 * look at. Everything here is data, built once at module load into Maps and Sets.
 */

/** What a content word means to the rules. Function words (my, her, not, ...) have no concept. */
export type Concept =
  // Actions
  | 'reset' // strong reset verb or noun: enough on its own ("reset please")
  | 'remove' // wipe / clear / remove / delete ...: needs an MFA object
  | 'fix' // fix / repair / sort out: needs an MFA object
  | 'change' // change / update / replace / switch / move: needs an object
  | 'setup' // set up / register / add / enroll: a reset only with "again"
  | 'listVerb' // show / list / view / check ...
  // What the user talks about
  | 'mfa' // MFA in general, or "security info" / "sign-in methods"
  | 'methods' // methods / options / factors (MFA only next to an MFA word)
  | 'authApp' // Microsoft Authenticator
  | 'swOath' // third-party authenticator apps / software tokens (OATH)
  | 'hwOath' // hardware OATH tokens
  | 'oath' // "OATH token" / "token": either kind
  | 'phone' // a phone: the device, or the phone method (the rules decide)
  | 'number' // a phone number
  | 'mobileNumber'
  | 'officePhone'
  | 'altPhone'
  | 'sms' // texts / SMS: the phone method
  | 'call' // voice calls: the phone method, weakly
  | 'email'
  | 'secKey' // FIDO2 security keys and passkeys
  | 'whfb' // Windows Hello for Business
  | 'tap' // Temporary Access Pass
  | 'qr' // QR code + PIN sign-in
  | 'platform' // macOS platform credential
  | 'codes' // codes / prompts / push notifications / sign-in requests
  | 'approve' // approve / verify / authenticate
  | 'signin' // sign in / log in
  | 'password'
  | 'account'
  | 'app'
  | 'thing' // unrelated IT things: laptop, VPN, Outlook, printer ...
  // Problems and their resolution
  | 'lost'
  | 'broken'
  | 'fail'
  | 'work' // work / working: a problem when negated, a resolution with "now" / "again"
  | 'new'
  | 'old'
  | 'missing'
  | 'locked'
  | 'receive'
  | 'resolved'
  // Conversation
  | 'retract' // never mind / forget it / cancel ...
  | 'report' // told / asked / said ... ("my manager told me to reset my MFA")
  | 'person' // colleague / boss / user / intern ...
  | 'group' // team / department (only with a determiner)
  | 'everyone' // everyone / everybody / others
  | 'someoneElse'
  | 'name' // a first name from a small list
  | 'help'
  | 'greet'
  | 'thanks'
  | 'please'
  | 'want' // need / want / would like
  | 'time' // yesterday / last week / ago / already
  | 'all'; // everything / entire / whole / from scratch

/** Space-separated words per concept. Misspellings that edit distance will not catch are listed. */
const WORDS: Readonly<Partial<Record<Concept, string>>> = {
  reset:
    'reset resets resetting reseting resetted resett rset reest resset reseet recet ' +
    'reregister reregistered reregistering reregistration reenroll reenrol reenrolled reenrollment ' +
    'resetup reconfigure reconfig redo readd reprovision startover reinitialise reinitialize nuke nuked nuking ' +
    'reactivate rebind reenable reinstate resync',
  remove:
    'wipe wiped wipes wiping clear cleared clears clearing remove removed removes removing removal ' +
    'delete deleted deletes deleting deletion erase erased erasing purge purged revoke revoked ' +
    'unregister unregistered deregister deregistered unenroll unenrol unlink unlinked disconnect ' +
    'detach drop getridof rest reste restart uninstall uninstalled uninstalling kill ditch scrap yeet',
  fix: 'fix fixed fixes fixing repair repaired repairing sortout',
  change:
    'change changed changes changing update updated updating replace replaced replacing swap swapped ' +
    'switch switched switching move moved moving transfer transferred transfering transferring migrate ' +
    'migrated upgrade upgraded upgrading traded updates',
  setup:
    'setup register registered registering enroll enrolled enrol add added adding configure configured ' +
    'install installed installing reinstall reinstalled reinstalling activate link',
  listVerb: 'show list listing view display check review see shwo sho lsit veiw chek',
  mfa:
    'mfa mfas 2fa 2sv tfa mfa2 multifactor multifactors twofactor 2factor twostep 2step verification ' +
    'verifications authentication authentification authenification authentications auth securityinfo ' +
    'signinmethods mysignins strongauth mfaregistration',
  methods: 'methods method factors factor',
  authApp: 'authenticator authenticators authentificator authenticatorapp authapp msauthenticator',
  swOath: 'googleauth authy softwaretoken totp',
  hwOath: 'hardwaretoken rsatoken fob keyfob',
  oath: 'oath token tokens oathtoken',
  phone: 'phone phones mobile cellphone cell smartphone iphone android handset device devices fone pixel galaxy samsung telephone cellular',
  number: 'number numbers phonenumber nr',
  mobileNumber: 'mobilenumber cellnumber',
  officePhone: 'officephone deskphone landline officenumber',
  altPhone: 'altphone alternatephone backupphone secondphone',
  sms: 'sms text texts texting txt textmessage',
  call: 'call calls voicecall',
  email: 'email emailaddress',
  secKey: 'securitykey securitykeys yubikey yubikeys yubi passkey passkeys fido fido2',
  whfb: 'windowshello whfb',
  tap: 'tap temporaryaccesspass',
  qr: 'qrpin qrcodepin',
  platform: 'platformsso platformcredential',
  codes:
    'code codes otp otps push pushes notification notifications prompt prompts approval signinrequest ' +
    'approvals passcode passcodes numbermatching challenge',
  approve: 'approve approving verify verifying authenticate authenticating',
  signin: 'signin signins login logins logon signon',
  password: 'password passwords pwd passwort passphrase',
  account: 'account accounts',
  app: 'app apps application',
  thing:
    'laptop laptops computer pc desktop printer printers vpn wifi outlook teams excel browser cache ' +
    'calendar meeting meetings chat chats inbox mailbox emails signature profile badge license licence ' +
    'monitor keyboard mouse headset charger citrix sharepoint onedrive jira devops github salesforce ' +
    'zoom slack folder folders file files drive server sap invite room display projector webcam ' +
    'distribution pin cookies history bitlocker recoverykey accesstoken pullrequest sourcecode meetingcode repo repository script build directory addressbook workday whiteboard voicemail voicemails charger',
  lost: 'lost lose loses losing loose misplaced stolen stole theft robbed mugged',
  broken:
    'broke broken smashed cracked dead died damaged destroyed bricked drowned shattered fried toast kaput busted borked hosed ruined brocken snapped crushed',
  fail:
    'fail fails failed failing failure error errors crash crashes crashed crashing glitch glitchy bug ' +
    'bugged buggy stuck loop looping loops problem problems issue issues trouble messed corrupt ' +
    'corrupted wrong invalid incorrect rejected rejecting mismatch outofsync desync desynced',
  work: 'work works working worked function functioning',
  new: 'new newer replacement',
  old: 'old previous former',
  missing: 'missing gone disappeared disappear vanished empty blank',
  locked: 'lockedout locked lockout blocked',
  receive: 'get gets getting receive receiving received arrive arrives arriving arrived come comes coming showup',
  resolved: 'sorted resolved solved',
  retract:
    'nevermind nvm forgetit scratchthat disregard cancel cancelled abort changedmymind holdoff nothanks ' +
    'noneed notneeded notnecessary unnecessary dontbother falsealarm wrongchat handsoff secondthought jk justkidding',
  report: 'told tells asked asks said says suggested suggests recommended advised instructed sent wants mentioned',
  person:
    'worker workers temp temps colleague colleagues coworker coworkers boss bosses manager managers supervisor intern interns ' +
    'contractor contractors newhire employee employees user users staff teammate teammates wife husband ' +
    'partner friend son daughter mom mum dad mother father brother sister assistant secretary guest ' +
    'visitor student customer person people guy lady directreport member members admin ' +
    'admins administrator administrators teamlead ceo cfo cto',
  group: 'team department dept group',
  everyone: 'everyone everybody others',
  someoneElse: 'someoneelse anotheruser anotherperson',
  help: 'help commands command menu usage instructions capabilities halp',
  greet: 'hi hello hey hiya howdy yo greetings morning afternoon evening heya hallo hola sup gm bye goodbye cya',
  thanks: 'thanks thank thx ty cheers',
  please: 'please pls plz plse pleas plox',
  want: 'need needs needed want wants wanted wanna like',
  time: 'yesterday ago earlier already previously lastweek recently',
  all: 'everything entire whole completely fully full scratch',
};

/** Multi-word expressions, joined by a space, and the single canonical token they become. */
const PHRASES: Readonly<Record<string, string>> = {
  'security info': 'securityinfo',
  'security information': 'securityinfo',
  'security details': 'securityinfo',
  'security settings': 'securityinfo',
  'sign in methods': 'signinmethods',
  'signin methods': 'signinmethods',
  'login methods': 'signinmethods',
  'sign in options': 'signinmethods',
  'signin options': 'signinmethods',
  'my sign ins': 'mysignins',
  'strong authentication': 'strongauth',
  'multi factor': 'multifactor',
  'multi factors': 'multifactor',
  'two factor': 'twofactor',
  'two factors': 'twofactor',
  '2 factor': '2factor',
  'two step': 'twostep',
  '2 step': '2step',
  '2 fa': '2fa',
  'm f a': 'mfa',
  'security key': 'securitykey',
  'security keys': 'securitykeys',
  'usb key': 'securitykey',
  'hardware key': 'securitykey',
  'physical key': 'securitykey',
  'fido key': 'securitykey',
  'fido2 key': 'securitykey',
  'yubi key': 'yubikey',
  'pass key': 'passkey',
  'windows hello': 'windowshello',
  'hello for business': 'windowshello',
  'windowshello for business': 'windowshello',
  'temporary access pass': 'temporaryaccesspass',
  'access pass': 'temporaryaccesspass',
  'qr code pin': 'qrcodepin',
  // round 19: the newer methods by the names people give them (never "scan the QR code" of a setup page)
  'qr badge': 'qrcodepin',
  'qr badges': 'qrcodepin',
  'qr code badge': 'qrcodepin',
  'qr code sign in': 'qrcodepin',
  'qr code signin': 'qrcodepin',
  'qr code login': 'qrcodepin',
  'qr sign in': 'qrcodepin',
  'qr signin': 'qrcodepin',
  'qr login': 'qrcodepin',
  'qr pins': 'qrpin',
  'qr code pins': 'qrcodepin',
  'one time pass': 'temporaryaccesspass',
  'onetime pass': 'temporaryaccesspass',
  'temporary pass': 'temporaryaccesspass',
  'nfc key': 'securitykey',
  'nfc security key': 'securitykey',
  'passkey in my authenticator app': 'passkey',
  'passkey in the authenticator app': 'passkey',
  'passkey in my authenticator': 'passkey',
  'passkey in the authenticator': 'passkey',
  'authenticator passkey': 'passkey',
  'passwordless phone sign in': 'authenticator',
  'passwordless phone signin': 'authenticator',
  'platform single sign on': 'platformsso',
  'mac sso': 'platformsso',
  'qr pin': 'qrpin',
  'platform sso': 'platformsso',
  'platform credential': 'platformcredential',
  'phone number': 'phonenumber',
  'phone numbers': 'phonenumber',
  'mobile number': 'mobilenumber',
  'mobile phone number': 'mobilenumber',
  'cell number': 'cellnumber',
  'cell phone number': 'cellnumber',
  'cellphone number': 'cellnumber',
  'office phone': 'officephone',
  'desk phone': 'deskphone',
  'office number': 'officenumber',
  'office line': 'officephone',
  'work landline': 'landline',
  'land line': 'landline',
  'alternate phone': 'alternatephone',
  'alternative phone': 'alternatephone',
  'alternate number': 'alternatephone',
  'alternate mobile': 'alternatephone',
  'alt phone': 'altphone',
  'altphone number': 'altphone',
  'alternatephone number': 'alternatephone',
  'backupphone number': 'backupphone',
  'secondphone number': 'secondphone',
  'officephone number': 'officephone',
  'deskphone number': 'deskphone',
  'work phone number': 'phonenumber',
  'backup phone': 'backupphone',
  'backup number': 'backupphone',
  'second phone': 'secondphone',
  'second number': 'secondphone',
  'secondary phone': 'secondphone',
  'secondary number': 'secondphone',
  'secondary mobile': 'secondphone',
  'second mobile': 'secondphone',
  'secondary cell': 'secondphone',
  'second cell': 'secondphone',
  'text message': 'textmessage',
  'text messages': 'textmessage',
  'phone call': 'voicecall',
  'phone calls': 'voicecall',
  'voice call': 'voicecall',
  'cell phone': 'cellphone',
  'smart phone': 'smartphone',
  'email address': 'emailaddress',
  'backup email': 'email',
  'personal email': 'email',
  'alternate email': 'email',
  'secondary email': 'email',
  'desk phone number': 'deskphone',
  'desk line': 'deskphone',
  'fixed line': 'landline',
  'e mail': 'email',
  'email signature': 'signature',
  'google authenticator': 'googleauth',
  // round 18: another maker's authenticator app is a software OATH token, not Microsoft Authenticator
  'third party authenticator': 'googleauth',
  'thirdparty authenticator': 'googleauth',
  'third-party authenticator': 'googleauth',
  'microsoft authenticator': 'authenticator',
  'ms authenticator': 'authenticator',
  'authenticator app': 'authenticator',
  'authenticator application': 'authenticator',
  'auth app': 'authenticator',
  'mfa app': 'authenticator',
  '2fa app': 'authenticator',
  'mobile app': 'authenticator',
  'software token': 'softwaretoken',
  'hardware token': 'hardwaretoken',
  'software oath': 'softwaretoken',
  'hardware oath': 'hardwaretoken',
  // "hardware OATH token": the first two merge, then the token joins them
  'hardwaretoken token': 'hardwaretoken',
  'softwaretoken token': 'softwaretoken',
  'software otp': 'softwaretoken',
  'software otp token': 'softwaretoken',
  'hardware otp': 'hardwaretoken',
  'rsa token': 'rsatoken',
  'key fob': 'keyfob',
  'oath token': 'oathtoken',
  'access token': 'accesstoken',
  'personal access token': 'accesstoken',
  'api token': 'accesstoken',
  'recovery key': 'recoverykey',
  'push notification': 'push',
  'push notifications': 'push',
  'verification code': 'code',
  'verification codes': 'codes',
  'number matching': 'numbermatching',
  'signin request': 'signinrequest',
  'signin requests': 'signinrequest',
  'login request': 'signinrequest',
  'login requests': 'signinrequest',
  'approval request': 'signinrequest',
  'approval requests': 'signinrequest',
  'mfa request': 'signinrequest',
  'mfa requests': 'signinrequest',
  'authentication request': 'signinrequest',
  'authentication requests': 'signinrequest',
  'verification request': 'signinrequest',
  'verification requests': 'signinrequest',
  'sign in': 'signin',
  'log in': 'login',
  'log on': 'logon',
  'sign on': 'signon',
  'pass word': 'password',
  'set up': 'setup',
  'start over': 'startover',
  'start again': 'startover',
  'start fresh': 'startover',
  'fresh start': 'startover',
  'clean slate': 'startover',
  'from scratch': 'scratch',
  'get rid of': 'getridof',
  'blow away': 'wipe',
  'sort out': 'sortout',
  'locked out': 'lockedout',
  'out of sync': 'outofsync',
  'pull request': 'pullrequest',
  'address book': 'addressbook',
  'company directory': 'directory',
  'source code': 'sourcecode',
  'meeting code': 'meetingcode',
  'meeting id': 'meetingcode',
  'promo code': 'meetingcode',
  'discount code': 'meetingcode',
  'zip code': 'meetingcode',
  'postal code': 'meetingcode',
  'area code': 'meetingcode',
  'error code': 'meetingcode',
  'dress code': 'meetingcode',
  'shut out': 'lockedout',
  'show up': 'showup',
  'showing up': 'showup',
  'shows up': 'showup',
  'never mind': 'nevermind',
  'nevermind that': 'nevermind',
  'forget it': 'forgetit',
  'forget that': 'forgetit',
  'forget about it': 'forgetit',
  'forget about that': 'forgetit',
  'forget what i said': 'forgetit',
  'scratch that': 'scratchthat',
  'no thanks': 'nothanks',
  'no thank you': 'nothanks',
  'no need': 'noneed',
  'hands off': 'handsoff',
  'on second thought': 'secondthought',
  'on second thoughts': 'secondthought',
  'second thought': 'secondthought',
  'just kidding': 'justkidding',
  'just joking': 'justkidding',
  'not needed': 'notneeded',
  'not necessary': 'notnecessary',
  'changed my mind': 'changedmymind',
  'change of plans': 'changedmymind',
  'hold off': 'holdoff',
  'false alarm': 'falsealarm',
  'wrong chat': 'wrongchat',
  'wrong bot': 'wrongchat',
  'do not bother': 'dontbother',
  'do not worry': 'dontbother',
  'no worries': 'dontbother',
  'someone else': 'someoneelse',
  'somebody else': 'someoneelse',
  'anyone else': 'someoneelse',
  'someone elses': 'someoneelse',
  'somebody elses': 'someoneelse',
  'anyone elses': 'someoneelse',
  'another user': 'anotheruser',
  'another person': 'anotherperson',
  'another employee': 'anotheruser',
  'other users': 'anotheruser',
  'other people': 'anotheruser',
  'new hire': 'newhire',
  'new starter': 'newhire',
  'new starters': 'newhire',
  'new hires': 'newhire',
  'new joiners': 'newhire',
  'new employees': 'newhire',
  'new joiner': 'newhire',
  'new employee': 'newhire',
  'direct report': 'directreport',
  'direct reports': 'directreport',
  'team lead': 'teamlead',
  'team leader': 'teamlead',
  'last week': 'lastweek',
  'last month': 'lastweek',
  'last night': 'lastweek',
  'last year': 'lastweek',
  'the other day': 'lastweek',
  'back in': 'backin',
  'this morning': 'lastweek',
  'good morning': 'morning',
  'good afternoon': 'afternoon',
  'good evening': 'evening',
  'good day': 'hello',
};

/** Words that can begin a phrase, so the phrase pass only builds keys where it can match. */
export const PHRASE_STARTS: ReadonlySet<string> = new Set(Object.keys(PHRASES).map((p) => p.split(' ')[0] ?? ''));
export const PHRASE_MAP: ReadonlyMap<string, string> = new Map(Object.entries(PHRASES));

/** Apostrophe contractions (and their apostrophe-less chat spellings) expanded before anything else. */
export const CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>(
  Object.entries({
    "don't": ['do', 'not'],
    dont: ['do', 'not'],
    "doesn't": ['does', 'not'],
    doesnt: ['does', 'not'],
    "didn't": ['did', 'not'],
    didnt: ['did', 'not'],
    "can't": ['can', 'not'],
    cant: ['can', 'not'],
    cannot: ['can', 'not'],
    "couldn't": ['could', 'not'],
    couldnt: ['could', 'not'],
    "won't": ['will', 'not'],
    "wouldn't": ['would', 'not'],
    wouldnt: ['would', 'not'],
    "shouldn't": ['should', 'not'],
    shouldnt: ['should', 'not'],
    "isn't": ['is', 'not'],
    isnt: ['is', 'not'],
    "aren't": ['are', 'not'],
    arent: ['are', 'not'],
    "wasn't": ['was', 'not'],
    wasnt: ['was', 'not'],
    "weren't": ['were', 'not'],
    "haven't": ['have', 'not'],
    havent: ['have', 'not'],
    "hasn't": ['has', 'not'],
    hasnt: ['has', 'not'],
    "ain't": ['is', 'not'],
    "i'm": ['i', 'am'],
    im: ['i', 'am'],
    "i've": ['i', 'have'],
    ive: ['i', 'have'],
    "i'd": ['i', 'would'],
    "i'll": ['i', 'will'],
    "they'd": ['they', 'would'],
    "he'd": ['he', 'would'],
    "she'd": ['she', 'would'],
    "we'd": ['we', 'would'],
    "you'd": ['you', 'would'],
    "they'll": ['they', 'will'],
    "we'll": ['we', 'will'],
    "you'll": ['you', 'will'],
    "it'll": ['it', 'will'],
    "it's": ['it', 'is'],
    its: ['it', 'is'],
    "that's": ['that', 'is'],
    thats: ['that', 'is'],
    "what's": ['what', 'is'],
    whats: ['what', 'is'],
    "there's": ['there', 'is'],
    "here's": ['here', 'is'],
    "who's": ['who', 'is'],
    "he's": ['he', 'is'],
    "she's": ['she', 'is'],
    "let's": ['let', 'us'],
    "you're": ['you', 'are'],
    "they're": ['they', 'are'],
    "we're": ['we', 'are'],
    "they've": ['they', 'have'],
    "we've": ['we', 'have'],
    "how's": ['how', 'is'],
    "where's": ['where', 'is'],
    "everything's": ['everything', 'is'],
    u: ['you'],
    ur: ['your'],
    wat: ['what'],
    acct: ['account'],
    pls: ['please'],
    '4': ['for'],
    b4: ['before'],
    bc: ['because'],
    cuz: ['because'],
    coz: ['because'],
    thru: ['through'],
    w: ['with'],
    // round 19: chat spellings of shift workers on their phones
    cn: ['can'],
    cld: ['could'],
    cud: ['could'],
    ty: ['thank', 'you'],
  }),
);

/** Conjunctions that start a new clause (punctuation also does). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'although',
  'though',
  'actually',
  'anyway',
  'anyways',
  'so',
  'because',
  'since',
  'otherwise',
  'wait',
]);

export const SELF: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself']);
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/**
 * First names, so "reset MFA for maria" is read as another person even in lower case. A lexicon
 * entry, not corpus data: unknown words after "for" and possessives of unknown words are also
 * treated as names by the rules.
 */
export const NAMES: ReadonlySet<string> = new Set(
  (
    'maria mary john james robert michael william david richard joseph thomas charles chris christopher ' +
    'daniel matthew anthony mark paul steven steve andrew andy josh joshua kevin brian george tim timothy ' +
    'ronald jason jeff jeffrey ryan jacob gary nick nicholas eric jonathan stephen larry justin scott ' +
    'brandon ben benjamin sam samuel greg gregory frank alex alexander raymond patrick jack dennis jerry ' +
    'tyler aaron jose adam nathan henry zach peter kyle noah ethan jeremy walter christian keith roger ' +
    'terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel ' +
    'joe logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason ' +
    'philip louis luis carlos miguel diego pedro ahmed mohammed mohamed ali omar hassan yusuf wei li ' +
    'chen hiroshi kenji raj rahul arjun vikram sanjay amit ravi kwame kofi tunde chidi oluwaseun ' +
    'patricia jennifer linda elizabeth liz barbara susan jessica sarah sara karen lisa nancy betty ' +
    'margaret sandra ashley kimberly kim emily donna michelle dorothy carol amanda melissa deborah ' +
    'stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna ana brenda pamela emma ' +
    'nicole helen samantha katherine kate christine debra rachel carolyn janet catherine heather diane ' +
    'ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea ' +
    'cheryl hannah jacqueline martha gloria teresa ann sophia marie julia grace judy theresa madison ' +
    'beverly denise marilyn amber danielle rose brittany diana abigail natalie jane lori alexis tiffany ' +
    'kayla priya ananya aisha fatima mei yuki sakura ingrid astrid sofia lucia elena ines chloe zoe ' +
    'dana dave tom bob bill mike jim jen jenny beth meg tina nina lena eva ella mia lily ava isabella ' +
    'freya lars sven nils jan piet hans klaus jurgen francois pierre jacques giulia marco luca paolo'
  ).split(' '),
);

/**
 * Common words that are neither names nor concepts. Used so that "for today" or "for some reason"
 * is not read as "for <a person>", and so edit distance is only tried on words we do not know.
 */
export const COMMON: ReadonlySet<string> = new Set(
  // round 16: every word of the Debian English word lists (wamerican, wbritish) that the typo pass would
  // have corrected into a different concept was reviewed; these real words stay themselves ("ready" is
  // not "readd", "charging" not "changing", "testing" not "texting", "passport" not "passwort")
  (
    'ready reads resented resenting resents beset russet bitch eased roaming wifi bluetooth signal flight ' +
    'easing evoke evoked hitch pitch piped pipes piping surge surged urged wires wiring wives wines ' +
    'wined pursed purred remotes biped puree aided aiding padded padding adder letup resister ' +
    'instill instilled faxed faxes faxing fined fines fining fires firing fives foxes mixed mixes ' +
    'mixing repaid sixes chanced chances chancing chanted chanting charged charges charging hanged ' +
    'hanging loved loving mowed mowing slapped swamped traced stitch stitched twitch witch ' +
    'closes closing doses hoses loves noses poses posing roses hugged rugged tugged lugged rubbed ' +
    'sobbed stone stove style moose goose noose loser losers booked bored brake broker coast ' +
    'cried dried fired freed hoped hosted housed posed rained roast tracked tricked downed dusted ' +
    'scattered slashed forked corked cranked prone shone devise modes nodes cores cones copes rushes ' +
    'bushes coded testing tests tents woken clocked docked locker lookout mocked rocked messing ' +
    'bland blink kissing hissing passport cancer mothers bothers waited wasted feeds seeds needy ' +
    'tasked masked cells sells bells wells yells waits pants rants betting coding coping homes ' +
    'letting deceived deceive vetting admit admits farther feather gather laughter mister sitter ' +
    'manage manages losses tosses employed quest tempo tempt persona older house terms tears miles ' +
    'serve served charge driven driver drives drove built director directors invited invites derive ' +
    'holder mailed mailing filed filing sailed sailing missed stick stock struck looks ' +
    'clash tissue tissues terror wring prong trash lasting lifting logic lease formed farmer fewer ' +
    'falls walls calms ' +
    // round 15: real words one letter from a reset verb, never corrected into one ("remind" is not "rebind", "recent" not "reset")
    'remind reminds remote remotely resent rewind purse rested retest recent reseat wiper clearer naked dutch scrape strap cleat ' +
    'a pixels theirs about above after again against ago all almost along also always am an and another any anymore ' +
    'anything anyway anywhere are around as asap ask asking at away back bad be because been before ' +
    'being below best better between both but by can come could did do does doing done down during ' +
    'each either else enough even ever every few first for from further go goes going gone good got ' +
    'gotten great had has have having he her here hers herself him himself his how i if in instead into ' +
    'is it itself just keep kind know last later least left less let like little long look lot made ' +
    'make many may maybe me might mine more most much must my myself near need neither never next no ' +
    'nobody none nope nor not nothing now of off often ok okay on once one only onto or other our ours ' +
    'out over own past perhaps quick quickly quite rather really right same second see seem seems ' +
    'several shall she should since so some somehow someone something sometimes soon sorry still such ' +
    'sure take taken than that the their them then there these they thing things this those though ' +
    'through thus till to today tomorrow tonight too toward try trying tried under until up upon us ' +
    'use used using very via want was way we well went were what whatever when where whether which while ' +
    'who whom whose why will with within without would yes yet you your yours yourself ' +
    'able access account again ahead already alone anyone anybody asked bot chatbot company corporate ' +
    'day days week weeks month months year years hour hours minute minutes time times monday tuesday ' +
    'wednesday thursday friday saturday sunday weekend morning evening night noon it security work ' +
    'office home holiday vacation trip travel travelling traveling airport train car hotel abroad ' +
    'reason reasons purpose question questions answer info information detail details setting settings ' +
    'option problem issue help support helpdesk servicedesk desk tech technician portal page site link ' +
    'microsoft azure entra windows apple google mac macos ios linux chrome edge safari firefox ' +
    'finance accounting hr sales marketing legal engineering it team department contoso fabrikam ' +
    'now currently soon immediately urgent urgently sometime whenever everywhere somewhere nowhere ' +
    'fine ok great good nice cool awesome perfect lol haha hmm um uh oh ah yeah yep yup nah ' +
    'message messages chat screen battery sim card carrier plan contract store shop warranty ' +
    'personal private own work business organisation organization org tenant directory ' +
    'factory stuff words chance clean managed looked looking think thinks thought start started starting ' +
    'joined bother guess pleased wired black bank issued resolve advice worry worried place latest ' +
    'rather there their these those other others another'
  ).split(' '),
);

/** Lexicon: word → concept, built once. Later entries never overwrite earlier ones. */
export const LEXICON: ReadonlyMap<string, Concept> = (() => {
  const m = new Map<string, Concept>();
  for (const [concept, words] of Object.entries(WORDS) as [Concept, string][]) {
    for (const w of words.split(' ')) if (w && !m.has(w)) m.set(w, concept);
  }
  return m;
})();

/**
 * Words edit distance may correct towards: the lexicon's content words of five letters or more
 * (short words and function words are too easy to confuse). `rest` is deliberately absent.
 */
export const FUZZY_VOCABULARY: readonly string[] = [...LEXICON.keys()].filter((w) => w.length >= 5 && /^[a-z]+$/.test(w));

// ---- Concept groups and function-word sets used by the rules ------------------------------------

/** Verbs that can ask for a reset ("setup" only with "again"). */
export const ACTIONS: ReadonlySet<Concept | undefined> = new Set<Concept | undefined>(['reset', 'remove', 'fix', 'change', 'setup']);
/** Words that make a message unambiguously about MFA. */
export const MFA_STRONG: ReadonlySet<Concept | undefined> = new Set<Concept | undefined>([
  'mfa',
  'authApp',
  'swOath',
  'hwOath',
  'oath',
  'secKey',
  'whfb',
  'tap',
  'qr',
  'platform',
  'officePhone',
  'altPhone',
]);
/** Words for the phone method that are not the phone itself. */
export const PHONE_METHOD: ReadonlySet<Concept | undefined> = new Set<Concept | undefined>([
  'number',
  'mobileNumber',
  'officePhone',
  'altPhone',
  'sms',
  'call',
]);
/** Objects a problem word can be about; the nearest one wins. Off-topic things are targets too (they cancel). */
export const TARGETS: ReadonlySet<Concept | undefined> = new Set<Concept | undefined>([
  ...MFA_STRONG,
  ...PHONE_METHOD,
  'phone',
  'email',
  'codes',
  'thing',
  'password',
]);
/** Objects a problem attaches to only when nothing stronger is in the clause. */
export const WEAK_TARGETS: ReadonlySet<Concept | undefined> = new Set<Concept | undefined>(['app', 'account', 'signin', 'approve']);

/** Adjectives between a verb or "new" and the phone: "my new work phone". */
export const DEVICE_ADJECTIVES = new Set(['work', 'company', 'personal', 'corporate', 'own', 'old', 'new', 'business', 'private', 'main', 'only']);
/** Prepositions that make a following phone a place ("the authenticator on my phone"), not an object. */
export const LOCATION = new Set(['on', 'in', 'onto', 'into', 'from', 'to', 'with', 'using', 'via', 'inside']);
/** Words that may sit between a subject and its verb: "I have already reset", "my MFA was just reset". */
export const PAST_ADVERBS = new Set([
  'already',
  'just',
  'recently',
  'also',
  'finally',
  'successfully',
  'then',
  'actually',
  'even',
  'literally',
  'accidentally',
  'mistakenly',
  'did',
  'had',
  'have',
  'has',
  'was',
  'were',
  'been',
  'got',
  'gotten',
  'get',
  'is',
  'are',
  'myself',
  'kind',
  'of',
  'sort',
  'somehow',
  'never',
  'ever',
]);
export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'got', 'gotten', 'get', 'is', 'are']);
/** Subjects of a reported action: "IT reset my MFA", "they'd reset it tomorrow". */
export const THIRD_SUBJECTS = new Set([
  'it',
  'they',
  'helpdesk',
  'support',
  'servicedesk',
  'admin',
  'admins',
  'someone',
  'somebody',
  'he',
  'she',
  'tech',
  'technician',
  'desk',
  'you',
  'team',
  'update',
  'microsoft',
  'who',
]);
/** Words before "I" that make "I reset" a question, not a statement: "how do I reset". */
export const QUESTION_AUX = new Set([
  'do',
  'can',
  'could',
  'should',
  'would',
  'will',
  'shall',
  'may',
  'might',
  'must',
  'how',
  'if',
  'when',
  'whether',
  'where',
]);
export const MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'please', 'to', 'not']);
/** Words allowed between a negation and the verb it negates: "don't you dare reset", "do not want my MFA reset". */
export const NEG_FILLERS = new Set([
  'please',
  'you',
  'want',
  'wanna',
  'need',
  'needs',
  'to',
  'go',
  'ahead',
  'and',
  'actually',
  'really',
  'just',
  'even',
  'bother',
  'have',
  'my',
  'the',
  'a',
  'an',
  'any',
  'anything',
  'it',
  'them',
  'me',
  'that',
  'this',
  'yet',
  'now',
  'ever',
  'like',
  'would',
  'i',
  'do',
  'for',
  'of',
  'ask',
  'asked',
  'request',
  'requested',
]);
/** Light verbs a negation can govern besides the action verbs: "don't touch", "don't do it". */
export const NEG_ACTIONS = new Set(['touch', 'do', 'proceed', 'continue', 'change', 'mess', 'go', 'lose', 'losing']);
/** After "can't" / "unable to": what the sender cannot do that MFA blocks. */
export const INABLE_VERBS = new Set([
  'get',
  'receive',
  'use',
  'access',
  'complete',
  'pass',
  'see',
  'find',
  'open',
  'scan',
  'do',
  'add',
  'respond',
  'accept',
  'confirm',
  'enter',
  'read',
  'sign',
  'log',
  'type',
  'reach',
  'register',
  'approve',
  'verify',
  'authenticate',
  'signin',
  'login',
  'logon',
  'setup',
  'move',
  'transfer',
  'connect',
  'link',
  'tap',
  'press',
  'click',
  'answer',
  'prove',
  'finish',
  'authorize',
  'authorise',
]);
/** "keeps asking", "keeps failing": a loop. */
export const KEEP_FAIL = new Set([
  'asking',
  'prompting',
  'failing',
  'looping',
  'crashing',
  'rejecting',
  'saying',
  'telling',
  'redirecting',
  'denying',
  'erroring',
  'kicking',
  'bouncing',
  'timing',
  'closing',
  'freezing',
]);
/** Words before a method the sender wants kept: "except my YubiKey", "but not my phone". */
export const EXCEPT = new Set(['except', 'besides', 'excluding', 'apart', 'not', 'but', 'keep', 'leave', 'leaving', 'keeping']);
export const EMAIL_QUALIFIERS = new Set([
  'recovery',
  'backup',
  'alternate',
  'alternative',
  'personal',
  'secondary',
  'private',
  'gmail',
  'hotmail',
  'yahoo',
  'outlook',
  'other',
  'old',
]);
export const USER_NOT_PERSON = new Set([
  'account',
  'name',
  'id',
  'principal',
  'profile',
  'settings',
  'portal',
  'experience',
  'interface',
  'guide',
  'manual',
  'group',
  'details',
]);
/** Verbs after a name that make it the subject of an MFA problem: "Maria lost ...", "Tom can't ...". */
export const SUBJECT_VERBS = new Set([
  'lost',
  'broke',
  'got',
  'has',
  'can',
  'could',
  'needs',
  'need',
  'wants',
  'forgot',
  'changed',
  'dropped',
  'left',
  'switched',
  'upgraded',
  'replaced',
  'bought',
  'deleted',
  'is',
  'was',
  'cannot',
  'does',
  'did',
  'just',
  'recently',
  'also',
  'reset',
  'keeps',
  'had',
  'lose',
  'loses',
]);
export const RESOLVED_AFTER_WORK = new Set(['now', 'again', 'fine', 'ok', 'okay', 'great', 'perfectly', 'properly', 'normally', 'well']);
/** Interjections skipped to find how a clause really starts. */
export const OPENERS = new Set([
  'so',
  'hey',
  'hi',
  'hello',
  'ok',
  'okay',
  'well',
  'um',
  'uh',
  'quick',
  'question',
  'btw',
  'also',
  'and',
  'just',
  'sorry',
  'hmm',
  'oh',
  'yo',
  'team',
  'there',
  'morning',
  'afternoon',
  'evening',
  'hiya',
  'one',
  'more',
  'thing',
  'another',
  'guys',
  'folks',
  'all',
  'bot',
]);
/** Future markers: with a future verb they make a clause hypothetical ("getting a new phone next week"). */
export const FUTURE = new Set([
  'tomorrow',
  'soon',
  'later',
  'future',
  'upcoming',
  'next',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'weekend',
  'tonight',
]);
export const FUTURE_VERBS = new Set([
  'getting',
  'going',
  'gonna',
  'will',
  'planning',
  'plan',
  'buying',
  'switching',
  'changing',
  'upgrading',
  'receiving',
  'moving',
  'about',
  'coming',
  'arriving',
  'expecting',
  'due',
  'ordered',
]);
/** Words that turn a following verb into a noun: "the update", "a software update". */
export const NOUN_BEFORE = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'software',
  'app',
  'ios',
  'android',
  'windows',
  'system',
  'latest',
  'recent',
  'last',
  'security',
  'firmware',
  'os',
  'its',
]);
/** "forgot to transfer", "failed to move": a problem, not a request. */
export const FAILED_ATTEMPT = new Set(['forgot', 'forget', 'forgotten', 'failed', 'fails', 'neglected']);
/** "registered", "set up", "on file": what a list question asks about. */
export const LIST_OBJECT_WORDS = new Set(['registered', 'enrolled', 'setup', 'configured', 'listed', 'file', 'enabled', 'added', 'active']);
