const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({ displayName: 'web-today-feature', rootDir: __dirname });
