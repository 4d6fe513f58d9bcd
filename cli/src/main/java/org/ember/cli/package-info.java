package org.ember.cli;
