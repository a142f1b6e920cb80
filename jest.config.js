/** Type checking runs separately (`npm run typecheck`); jest transpiles only. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup/fail-on-console-error.ts'],
  testTimeout: 60000,
};
