// Workbench and admin section texts in English (terms from DOMAIN.md's glossary).
import type { AreaTexts } from './areas.ts';

export const areasEnUS: AreaTexts = {
  workbench: {
    queue: {
      title: 'Work queue',
      description:
        'Open cases ordered by the legal working days left, with reminders before they become overdue.',
      features: [
        'Lists to accept, review, decide and deliver',
        'Overdue warnings and paused clocks',
        'Filters by window, agency and service item',
      ],
    },
    accept: {
      title: 'Acceptance',
      description: 'Check the materials, then accept, refuse or request corrections, all told at once.',
      features: [
        'One-time notice of every correction',
        'Acceptance with deficiency and its deadline',
        'Acceptance and refusal notices',
      ],
    },
    review: {
      title: 'Review and decision',
      description:
        'Review step by step with opinions; special procedures pause the clock, extensions need approval.',
      features: [
        'Approve or return, every step recorded',
        'Special procedure notices',
        'Licence grant or refusal decisions',
      ],
    },
    deliver: {
      title: 'Conclusion and delivery',
      description: 'Hand over at the window, by post or electronically; results become e-licences.',
      features: [
        'Delivery receipts',
        'E-licences signed with the agency e-seal',
        'Electronic archiving of concluded cases',
      ],
    },
    ratings: {
      title: 'Service ratings',
      description: 'Negative ratings are rectified on a deadline and followed by a return visit.',
      features: [
        'Rectification ledger and deadlines',
        'Return visits for real-name negative ratings',
        'Appeal review',
      ],
    },
  },
  admin: {
    catalog: {
      title: 'Service catalog',
      description:
        'Basic catalog and implementations: situations, materials, forms, steps, time limits and fees, published in versions.',
      features: [
        'Draft, review and publish versions',
        'Four-level consistency checks',
        'Situations and required materials',
      ],
    },
    organisation: {
      title: 'Regions and agencies',
      description: 'Administrative regions, agencies and their unified social credit codes.',
      features: [
        'Regions (GB/T 2260) down to townships',
        'Agency hierarchy and region',
        'Unified social credit code validation',
      ],
    },
    venues: {
      title: 'Venues and windows',
      description: 'Service centres, convenience centres and stations, and their windows.',
      features: [
        'Comprehensive and specialised windows',
        'Chief representatives of agencies',
        'Opening hours and phone numbers',
      ],
    },
    accounts: {
      title: 'Accounts and roles',
      description: 'Staff accounts and roles, scoped to agencies and regions.',
      features: [
        'Permissions by agency and region',
        'One-time-code sign-in',
        'Unified identity for department systems',
      ],
    },
    calendar: {
      title: 'Holiday calendar',
      description:
        "The working-day calendar from the State Council's holiday notices; every time limit follows it.",
      features: ['Yearly holiday import', 'Weekend working days', 'Manual amendments by administrators'],
    },
    audit: {
      title: 'Audit log',
      description: 'Every write and every read of personal data is recorded and tamper-evident.',
      features: [
        'Who read which data, when and why',
        'SM3 hash chain with signed anchors',
        'People can see who read their data',
      ],
    },
  },
};
