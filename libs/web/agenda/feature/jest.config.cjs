const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({ displayName: 'web-agenda-feature', rootDir: __dirname });
