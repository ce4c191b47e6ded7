// Typed texts of the workbench and admin sections (what each section will offer), per language.
import { usePreferences } from '../preferences/PreferencesContext.tsx';
import { areasEnUS } from './areas.en-US.ts';
import { areasZhCN } from './areas.zh-CN.ts';
import type { Language } from './languages.ts';

export const workbenchSections = ['queue', 'accept', 'review', 'deliver', 'ratings'] as const;
export const adminSections = ['catalog', 'organisation', 'venues', 'accounts', 'calendar', 'audit'] as const;
export type WorkbenchSection = (typeof workbenchSections)[number];
export type AdminSection = (typeof adminSections)[number];

export interface SectionText {
  title: string;
  description: string;
  features: string[];
}

export interface AreaTexts {
  workbench: Record<WorkbenchSection, SectionText>;
  admin: Record<AdminSection, SectionText>;
}

const texts: Record<Language, AreaTexts> = { 'zh-CN': areasZhCN, 'en-US': areasEnUS };

export function useAreaTexts(): AreaTexts {
  return texts[usePreferences().lang];
}
