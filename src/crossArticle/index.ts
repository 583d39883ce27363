// Across articles (pure): the speaker index, quote variants, search and the persons file.
export * from './speakerIndex';
export * from './variants';
export * from './search';
export * from './persons';
