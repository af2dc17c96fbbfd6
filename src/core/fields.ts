/**
 * A field's key: the template pack's own name for a column (送温暖: name, idNumber, amount…).
 * What a field is — its type, whether it is sensitive — is the pack's to say (compile-template.ts).
 */
export type FieldKey = string;
