const { angularJestConfig } = require('../../jest.angular.cjs');

module.exports = angularJestConfig({ displayName: 'web', rootDir: __dirname });
