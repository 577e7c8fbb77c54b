module.exports = require('./unit-projects.cjs').unitTestsConfig('node');
