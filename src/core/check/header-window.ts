/** The header must be within this many rows of the first row the sheet has. */
export const HEADER_WINDOW = 30;
