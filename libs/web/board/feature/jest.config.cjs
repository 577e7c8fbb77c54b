const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({
  displayName: 'web-board-feature',
  rootDir: __dirname,
});
