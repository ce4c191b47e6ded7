// English UI texts. `satisfies Messages` makes a missing or misspelt key a type error.
import { bundlesEnUS } from './bundles.en-US.ts';
import { complaintsEnUS } from './complaints.en-US.ts';
import { ratingsEnUS } from './ratings.en-US.ts';
import { rectificationsEnUS } from './rectifications.en-US.ts';
import { statsEnUS } from './stats.en-US.ts';
import { casesEnUS } from './cases.en-US.ts';
import { catalogAdminEnUS } from './catalog-admin.en-US.ts';
import { catalogPortalEnUS } from './catalog-portal.en-US.ts';
import { identityEnUS } from './identity.en-US.ts';
import { licensesEnUS } from './licenses.en-US.ts';
import { workbenchCasesEnUS } from './workbench-cases.en-US.ts';
import type { Messages } from './zh-CN.ts';

export const enUS = {
  ...identityEnUS,
  ...catalogPortalEnUS,
  ...catalogAdminEnUS,
  ...casesEnUS,
  ...workbenchCasesEnUS,
  ...licensesEnUS,
  ...bundlesEnUS,
  ...ratingsEnUS,
  ...rectificationsEnUS,
  ...complaintsEnUS,
  ...statsEnUS,
  'site.name': 'Tongban',
  'site.fullName': 'Tianjin One-Stop Government Services',
  'site.tagline': 'Government service platform',
  'site.title': 'Tongban · Tianjin One-Stop Government Services',
  'site.hotline': 'Government service hotline 12345',
  'a11y.skipToContent': 'Skip to main content',
  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.venues': 'Service centres',
  'nav.workbench': 'Staff workbench',
  'nav.admin': 'Administration',
  'nav.openMenu': 'Open navigation menu',
  'nav.menuTitle': 'Navigation',
  'prefs.language': 'Language',
  'prefs.elderMode': 'Elder mode',
  'prefs.elderModeHint': 'Larger text and higher contrast',
  'hero.title': 'All services in one place, close to you',
  'hero.subtitle':
    'Find government service centres, convenience centres and stations across the city, with opening hours and phone numbers.',
  'hero.searchLabel': 'Search government services',
  'hero.searchPlaceholder': 'Enter a service, e.g. business licence, birth registration',
  'hero.searchButton': 'Search',
  'hero.searchSoon': 'Service search is coming soon. Meanwhile, find a service centre near you below.',
  'channels.title': 'Services',
  'channels.soon': 'Coming soon',
  'channels.person': 'For individuals',
  'channels.personDesc':
    'Household registration, social and health insurance, housing fund: apply and track online',
  'channels.enterprise': 'For businesses',
  'channels.enterpriseDesc': 'Start, licence, change and close a business: told once, handled online',
  'channels.bundle': 'Life events',
  'channels.bundleDesc':
    'Birth, school enrolment, retirement: one form and one set of documents for all agencies',
  'channels.license': 'E-licences',
  'channels.licenseDesc':
    'Show and verify electronic licences; never hand in documents the government issued',
  'districts.title': 'Services by district',
  'districts.subtitle':
    'Choose a district to see its government service centre, convenience centres and stations.',
  'districts.all': 'Whole city',
  'venues.title': 'Service centres',
  'venues.subtitle': 'Addresses, opening hours and phone numbers',
  'venues.filterDistrict': 'District',
  'venues.filterKind': 'Type',
  'venues.allDistricts': 'All districts',
  'venues.allKinds': 'All types',
  'venues.kind.service-centre': 'Government service centre',
  'venues.kind.convenience-centre': 'Convenience centre',
  'venues.kind.convenience-station': 'Convenience station',
  'venues.address': 'Address',
  'venues.hours': 'Opening hours',
  'venues.phone': 'Phone',
  'venues.details': 'View windows',
  'venues.loadMore': 'Load more',
  'venues.empty': 'No service centres match these filters',
  'venues.shown': '{count} shown',
  'venue.windows': 'Service windows',
  'venue.windowsEmpty': 'No service windows are registered for this venue yet',
  'venue.windowCode': 'Window number',
  'venue.windowName': 'Window',
  'venue.windowType': 'Type',
  'venue.back': 'Back to service centres',
  'venue.notFound': 'Service centre not found',
  'window.type.consultation': 'Enquiries',
  'window.type.comprehensive': 'Comprehensive acceptance',
  'window.type.assisted': 'Assisted handling',
  'window.type.cross-region': 'Cross-province services',
  'window.type.complaint': 'Unresolved matters',
  'window.type.professional': 'Specialised',
  'state.loading': 'Loading…',
  'state.errorTitle': 'Could not load the data',
  'state.errorNetwork': 'The server cannot be reached. Check your connection and try again.',
  'state.retry': 'Try again',
  'footer.about':
    'Tongban is an open-source integrated government-service platform. This site shows demo data and is not an official government website.',
  'footer.links': 'Links',
  'footer.apiDocs': 'API documentation',
  'footer.openapi': 'OpenAPI description',
  'footer.contact': 'Enquiries and complaints',
  'footer.copyright': 'The Tongban open-source project',
  'footer.license': 'Licence: Apache-2.0',
  'area.soon': 'In progress',
  'area.sectionsLabel': 'Sections',
  'area.plannedTitle': 'Planned features',
  'area.backHome': 'Back to home',
  'workbench.title': 'Staff workbench',
  'workbench.description':
    'Counter and back-office staff will accept, review, decide and deliver cases here. Every time limit runs on legal working days, and every step is recorded.',
  'workbench.notice':
    'Case acceptance, review and delivery are being built; below are your account and the scope of your permissions.',
  'admin.title': 'Administration',
  'admin.description':
    'Administrators will maintain the service catalog and implementations, regions and agencies, venues and windows, accounts and roles, and the holiday calendar here.',
  'admin.notice':
    'Staff accounts and roles can be managed now; the catalog, organisations, venues and calendar are being built. Every action is audited.',
  'notFound.title': 'Page not found',
  'notFound.subtitle': 'The page you are looking for does not exist or has been removed.',
  'error.unexpected': 'Something went wrong',
} satisfies Messages;
