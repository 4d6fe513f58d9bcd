package org.ember.api;
