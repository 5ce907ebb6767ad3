export * from './sources';
export * from './offences';
export * from './dataCategories';
export * from './outOfScopeData';
export * from './platforms';
export * from './procedure';
export * from './publicHolidays';
export * from './comparution';
