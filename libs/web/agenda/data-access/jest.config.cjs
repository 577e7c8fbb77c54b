const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({ displayName: 'web-agenda-data-access', rootDir: __dirname });
