const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({
  displayName: 'web-trainings-feature',
  rootDir: __dirname,
});
