import type { FamilyId } from '../scenario/format';

/** Colours of the territory scene (kept in step with src/styles/tokens.css). */
export const Palette = {
  paper: 0xf7f1e3,
  paperDeep: 0xeee4cc,
  field: 0xdfe6c8,
  fieldDeep: 0xc9d6ad,
  water: 0xb9d7d9,
  road: 0xe8dcc0,
  ink: 0x1f3a3d,
  inkSoft: 0x4d6466,
  thread: 0x8a5a2b,
  white: 0xffffff,
  cooperation: 0x1d6f74,
  /** Losses (with an arrow shape, never alone). */
  loss: 0xa13a1f,
} as const;

/** The colour of each family (white symbols on them reach 3:1 or more). */
export const FamilyColours: Record<FamilyId, number> = {
  elus: 0x3d5a98,
  habitants: 0xb85d14,
  entreprises: 0x2b7f60,
  associations: 0x9a3f74,
};

/** CSS form of a colour number. */
export const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;
