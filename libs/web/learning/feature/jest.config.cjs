const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({
  displayName: 'web-learning-feature',
  rootDir: __dirname,
});
