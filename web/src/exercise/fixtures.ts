// Reports produced by the real grader for exercises/todos-api (trimmed to two checks each):
// the wrong solution always-200.ts, a syntax error, an infinite loop and the reference solution.
import type { GradeReport } from './types.ts';

export const failingHttpReport: GradeReport = {
  "version": 1,
  "exercise": "todos-api",
  "status": "fail",
  "summary": {
    "passed": 1,
    "failed": 1,
    "total": 2
  },
  "checks": [
    {
      "id": "lists-todos",
      "title": "GET /todos lists the two starting todos as JSON",
      "concepts": [
        "express.routes",
        "http.json"
      ],
      "passed": true,
      "durationMs": 40.1,
      "http": [
        {
          "request": {
            "method": "GET",
            "path": "/todos",
            "headers": {}
          },
          "response": {
            "status": 200,
            "headers": {
              "x-powered-by": "Express",
              "content-type": "application/json; charset=utf-8",
              "etag": "W/\"54-+4M+ayhQtqOex81hIW9Boxy+usQ\""
            },
            "body": [
              {
                "id": 1,
                "title": "Buy milk",
                "done": false
              },
              {
                "id": 2,
                "title": "Write code",
                "done": true
              }
            ]
          }
        }
      ]
    },
    {
      "id": "missing-todo-404",
      "title": "GET /todos/999 answers 404 with an error",
      "concepts": [
        "rest-design.status-codes",
        "express.params"
      ],
      "passed": false,
      "durationMs": 3.6,
      "kind": "assertion",
      "message": "the status: expected 404, got 200",
      "expected": 404,
      "actual": 200,
      "http": [
        {
          "request": {
            "method": "GET",
            "path": "/todos/999",
            "headers": {}
          },
          "response": {
            "status": 200,
            "headers": {
              "x-powered-by": "Express",
              "content-type": "application/json; charset=utf-8",
              "etag": "W/\"15-3jlv4LtvSUoQruAmr3ef7Px06u0\""
            },
            "body": {
              "error": "not found"
            }
          }
        }
      ]
    }
  ],
  "console": {
    "lines": [
      {
        "stream": "out",
        "text": "listening"
      },
      {
        "stream": "err",
        "text": "deprecated thing"
      }
    ],
    "truncated": true
  },
  "usage": {
    "cpuMs": 22,
    "wallMs": 190,
    "requests": 9
  }
};

export const compileErrorReport: GradeReport = {
  "version": 1,
  "exercise": "todos-api",
  "status": "error",
  "summary": {
    "passed": 0,
    "failed": 2,
    "total": 2
  },
  "error": {
    "kind": "compile-error",
    "message": "Expected \"]\" but found \")\"",
    "location": {
      "file": "solution.ts",
      "line": 4,
      "column": 16
    }
  },
  "checks": [
    {
      "id": "lists-todos",
      "title": "GET /todos lists the two starting todos as JSON",
      "concepts": [
        "express.routes",
        "http.json"
      ],
      "passed": false,
      "kind": "not-run",
      "message": "not graded",
      "durationMs": 0
    },
    {
      "id": "gets-one-todo",
      "title": "GET /todos/2 answers with that todo",
      "concepts": [
        "express.params"
      ],
      "passed": false,
      "kind": "not-run",
      "message": "not graded",
      "durationMs": 0
    }
  ],
  "console": {
    "lines": [],
    "truncated": false
  },
  "usage": {
    "cpuMs": 0,
    "wallMs": 25,
    "requests": 0
  }
};

export const timeLimitReport: GradeReport = {
  "version": 1,
  "exercise": "todos-api",
  "status": "fail",
  "summary": {
    "passed": 0,
    "failed": 2,
    "total": 2
  },
  "error": {
    "kind": "time-limit",
    "message": "time limit: your code used more CPU or wall time than this exercise allows (look for an infinite loop or a loop that never waits)"
  },
  "checks": [
    {
      "id": "lists-todos",
      "title": "GET /todos lists the two starting todos as JSON",
      "concepts": [
        "express.routes",
        "http.json"
      ],
      "passed": false,
      "durationMs": 2013.3,
      "kind": "time-limit",
      "message": "time limit: your code used more CPU or wall time than this exercise allows (look for an infinite loop or a loop that never waits)",
      "http": [
        {
          "request": {
            "method": "GET",
            "path": "/todos",
            "headers": {}
          }
        }
      ]
    },
    {
      "id": "gets-one-todo",
      "title": "GET /todos/2 answers with that todo",
      "concepts": [
        "express.params"
      ],
      "passed": false,
      "kind": "not-run",
      "message": "not run: grading stopped after an earlier error",
      "durationMs": 0
    }
  ],
  "console": {
    "lines": [
      {
        "stream": "out",
        "text": "starting"
      },
      {
        "stream": "err",
        "text": "warn!"
      }
    ],
    "truncated": false
  },
  "usage": {
    "cpuMs": 2003,
    "wallMs": 2059,
    "requests": 1
  }
};

export const passingReport: GradeReport = {
  "version": 1,
  "exercise": "todos-api",
  "status": "pass",
  "summary": {
    "passed": 2,
    "failed": 0,
    "total": 2
  },
  "checks": [
    {
      "id": "lists-todos",
      "title": "GET /todos lists the two starting todos as JSON",
      "concepts": [
        "express.routes",
        "http.json"
      ],
      "passed": true,
      "durationMs": 34.7,
      "http": [
        {
          "request": {
            "method": "GET",
            "path": "/todos",
            "headers": {}
          },
          "response": {
            "status": 200,
            "headers": {
              "x-powered-by": "Express",
              "content-type": "application/json; charset=utf-8",
              "etag": "W/\"54-+4M+ayhQtqOex81hIW9Boxy+usQ\""
            },
            "body": [
              {
                "id": 1,
                "title": "Buy milk",
                "done": false
              },
              {
                "id": 2,
                "title": "Write code",
                "done": true
              }
            ]
          }
        }
      ]
    },
    {
      "id": "gets-one-todo",
      "title": "GET /todos/2 answers with that todo",
      "concepts": [
        "express.params"
      ],
      "passed": true,
      "durationMs": 3.9,
      "http": [
        {
          "request": {
            "method": "GET",
            "path": "/todos/2",
            "headers": {}
          },
          "response": {
            "status": 200,
            "headers": {
              "x-powered-by": "Express",
              "content-type": "application/json; charset=utf-8",
              "etag": "W/\"29-LUj6y+eQwCsoA489ThJRPbQR3Z0\""
            },
            "body": {
              "id": 2,
              "title": "Write code",
              "done": true
            }
          }
        }
      ]
    }
  ],
  "console": {
    "lines": [],
    "truncated": false
  },
  "usage": {
    "cpuMs": 30,
    "wallMs": 121,
    "requests": 9
  }
};
