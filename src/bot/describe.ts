import { KINDS } from '../reset/catalogue.js';
import type { AuthMethod } from '../reset/types.js';
import { maskEmail, maskPhone } from '../mask.js';
import { escapeMarkdown } from './markdown.js';

export interface MethodView {
  /** "Microsoft Authenticator", "Mobile phone". */
  readonly type: string;
  /** Safe detail: device name (escaped) or masked number/address; may be empty. */
  readonly detail: string;
  /** "Microsoft Authenticator (iPhone 15)", "mobile phone +1 ••• ••• 5555": markdown-safe. */
  readonly label: string;
}

const PHONE_TYPE: Record<string, string> = {
  mobile: 'mobile phone',
  alternateMobile: 'alternate mobile phone',
  office: 'office phone',
};

export function describeMethod(m: AuthMethod): MethodView {
  switch (m.kind) {
    case 'phone': {
      const type = PHONE_TYPE[m.phoneType ?? ''] ?? 'phone';
      const detail = m.phoneNumber ? maskPhone(m.phoneNumber) : '';
      return view(capitalise(type), detail, detail ? `${type} ${detail}` : type);
    }
    case 'email': {
      const detail = m.emailAddress ? escapeMarkdown(maskEmail(m.emailAddress)) : '';
      return view('Email', detail, detail ? `email ${detail}` : 'email');
    }
    default: {
      const type = KINDS[m.kind].label;
      const detail = m.displayName ? escapeMarkdown(m.displayName, 60) : '';
      return view(capitalise(type), detail, detail ? `${type} (${detail})` : type);
    }
  }
}

function view(type: string, detail: string, label: string): MethodView {
  return { type, detail, label };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
