document.title += ' (script ran)';
